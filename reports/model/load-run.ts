// Loads a saved run directory (messages.ndjson + optional journal.ndjson) into a RunModel.
// The directory layout is what `kubespec run` writes; `kubespec report --from DIR` re-renders it.
// Leaves out compressed or split journals.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildRunModel, type ModelOptions } from './build-model.ts';
import { parseJournal } from './journal.ts';
import { parseMessages } from './messages.ts';
import type { RunModel } from './run-model.ts';

export const MESSAGES_FILE = 'messages.ndjson';
export const JOURNAL_FILE = 'journal.ndjson';

export function loadRun(dir: string, options: ModelOptions = {}): RunModel {
  const messagesPath = join(dir, MESSAGES_FILE);
  if (!existsSync(messagesPath)) throw new Error(`no ${MESSAGES_FILE} in ${dir}`);
  const envelopes = parseMessages(readFileSync(messagesPath, 'utf8'));
  const journalPath = join(dir, JOURNAL_FILE);
  const journal = existsSync(journalPath) ? parseJournal(readFileSync(journalPath, 'utf8')) : [];
  return buildRunModel(envelopes, journal, options);
}
