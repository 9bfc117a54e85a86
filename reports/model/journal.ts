// The engine's journal as reports see it: one JSON object per line of journal.ndjson.
// Format: CONTRIBUTING.md "Journal" (keys t, time, scenario, component, verb, ...; absent fields omitted).
// Reports never import engine/; this type is the reader's own copy of that line format.
// Leaves out validation of unknown verbs: they are kept and shown as-is.

export type JournalVerb =
  | 'create' | 'update' | 'patch' | 'delete' | 'event' | 'step' | 'mark' | 'fault' | 'request';

export interface JournalEntry {
  t: number;
  time: string;
  scenario: string;
  component: string;
  verb: JournalVerb | string;
  kind?: string;
  namespace?: string;
  name?: string;
  rv?: string;
  reason?: string;
  message?: string;
  type?: string;
  /** Optional structured payload, e.g. `{ replicas, updatedReplicas, availableReplicas }`. */
  detail?: Record<string, unknown>;
}

/** Parses journal.ndjson text; blank lines are skipped, a malformed line throws with its number. */
export function parseJournal(text: string): JournalEntry[] {
  const entries: JournalEntry[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]?.trim();
    if (!line) continue;
    try {
      entries.push(JSON.parse(line) as JournalEntry);
    } catch (error) {
      throw new Error(`journal.ndjson line ${i + 1}: ${(error as Error).message}`);
    }
  }
  return entries;
}

/** Groups entries by their `scenario` key (`features/x.feature:12`), keeping journal order. */
export function groupByScenario(entries: readonly JournalEntry[]): Map<string, JournalEntry[]> {
  const groups = new Map<string, JournalEntry[]>();
  for (const entry of entries) {
    const group = groups.get(entry.scenario);
    if (group) group.push(entry);
    else groups.set(entry.scenario, [entry]);
  }
  return groups;
}
