// The step reference `kubespec steps` prints, generated from the step definitions themselves
// (the registry `defineStep` fills in steps/support/define.ts): phrase, description, example,
// grouped by step file, as text, Markdown or JSON.
// Leaves out parameter-type documentation (the core's parameter-types.ts owns it).

export interface StepEntry {
  pattern: string;
  description: string;
  example: string;
  file: string;
}

export type ReferenceFormat = 'text' | 'markdown' | 'json';

export function renderStepReference(entries: readonly StepEntry[], format: ReferenceFormat, filter = ''): string {
  const q = filter.toLowerCase();
  const shown = entries
    .filter((e) => !q || `${e.pattern} ${e.description} ${e.example}`.toLowerCase().includes(q))
    .slice()
    .sort((a, b) => a.file.localeCompare(b.file) || a.pattern.localeCompare(b.pattern));
  if (format === 'json') return JSON.stringify(shown, null, 2) + '\n';
  const groups = new Map<string, StepEntry[]>();
  for (const e of shown) {
    const group = groups.get(e.file);
    if (group) group.push(e);
    else groups.set(e.file, [e]);
  }
  const out: string[] = [];
  for (const [file, group] of groups) {
    out.push(format === 'markdown' ? `## ${file}\n` : `${file}`);
    for (const e of group) {
      out.push(format === 'markdown' ? markdownEntry(e) : `  ${e.pattern}\n      ${e.description}\n      e.g. ${e.example.replace(/\n/g, '\n           ')}`);
    }
    out.push('');
  }
  return shown.length === 0 ? 'No steps found.\n' : out.join('\n');
}

function markdownEntry(e: StepEntry): string {
  const example = e.example.includes('\n')
    ? `\n\n  \`\`\`gherkin\n${e.example.split('\n').map((l) => `  ${l}`).join('\n')}\n  \`\`\``
    : ` \`${e.example}\``;
  return `- **\`${e.pattern}\`** — ${e.description}\n  Example:${example}`;
}
