// Options shared by every report format.
// `deterministic` drops wall-clock durations and timestamps so two runs with the same seed
// give byte-identical files (the determinism check compares them).
// Leaves out per-format options; each format takes only these.

export interface FormatOptions {
  /** Omit wall-clock durations and timestamps (they come only from the messages anyway). */
  deterministic?: boolean;
  /** Title shown in human-facing reports. */
  title?: string;
  /** Student-facing reports: @hidden scenarios show their score but not their steps or failure. */
  concealHidden?: boolean;
}

export function wallMs(ms: number, options: FormatOptions): number {
  return options.deterministic ? 0 : ms;
}
