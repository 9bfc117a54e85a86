// The line a pickle comes from: the scenario's line, or for a Scenario Outline the example
// row's line — what `kubespec run file:line` and the journal's scenario ids use.
import type { GherkinDocument, Pickle } from '@cucumber/messages';

export function scenarioLine(doc: GherkinDocument, pickle: Pickle): number {
  const ids = new Set(pickle.astNodeIds);
  let line = 0;
  const visit = (children: readonly { scenario?: { id: string; location: { line: number }; examples: readonly { tableBody: readonly { id: string; location: { line: number } }[] }[] }; rule?: { children: readonly unknown[] } }[]): void => {
    for (const child of children) {
      const sc = child.scenario;
      if (sc && ids.has(sc.id)) {
        line = sc.location.line;
        for (const ex of sc.examples) for (const row of ex.tableBody) if (ids.has(row.id)) line = row.location.line;
      }
      if (child.rule) visit(child.rule.children as typeof children);
    }
  };
  visit((doc.feature?.children ?? []) as Parameters<typeof visit>[0]);
  return line;
}
