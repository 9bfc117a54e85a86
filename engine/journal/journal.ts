// The journal: an append-only record of everything observable in a scenario (API writes,
// Events, steps, marks, faults, requests), in virtual time. Assertions over time, reports and
// the determinism check all read it; one JSON object per line with a fixed key order.
import { formatTimestamp } from '../clock/timestamp.ts';

export type JournalVerb = 'create' | 'update' | 'patch' | 'delete' | 'event' | 'step' | 'mark' | 'fault' | 'request';

export interface JournalInput {
  component: string;
  verb: JournalVerb;
  kind?: string;
  namespace?: string;
  name?: string;
  rv?: string;
  reason?: string;
  message?: string;
  type?: string;
  detail?: Record<string, unknown>;
}

export interface JournalEntry extends JournalInput {
  t: number;
  time: string;
  scenario: string;
}

const KEY_ORDER = ['t', 'time', 'scenario', 'component', 'verb', 'kind', 'namespace', 'name', 'rv', 'reason', 'message', 'type', 'detail'] as const;

export class Journal {
  private readonly list: JournalEntry[] = [];
  private readonly listeners: ((e: JournalEntry) => void)[] = [];

  constructor(private readonly nowMs: () => number, readonly scenario: string) {}

  record(input: JournalInput): JournalEntry {
    const t = this.nowMs();
    const entry: JournalEntry = { t, time: formatTimestamp(t), scenario: this.scenario, ...input };
    this.list.push(entry);
    for (const l of this.listeners) l(entry);
    return entry;
  }

  entries(): readonly JournalEntry[] {
    return this.list;
  }

  onRecord(listener: (e: JournalEntry) => void): void {
    this.listeners.push(listener);
  }

  toNdjson(): string {
    return this.list.map(serializeEntry).join('');
  }
}

/** One ndjson line, keys in KEY_ORDER (absent ones left out); same text as stringifying an ordered copy. */
export function serializeEntry(e: JournalEntry): string {
  let line = '';
  for (const k of KEY_ORDER) {
    const v = e[k];
    if (v === undefined) continue;
    line += `${line === '' ? '{' : ','}"${k}":${JSON.stringify(v)}`;
  }
  return `${line === '' ? '{' : line}}\n`;
}
