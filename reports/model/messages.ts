// Reads Cucumber's message stream (messages.ndjson, as written by the `message` formatter)
// into typed envelopes from @cucumber/messages.
// Models cucumber-js's NDJSON output: one Envelope per line.
// Leaves out streaming: runs are small enough to read whole.
import type { Envelope } from '@cucumber/messages';

export function parseMessages(text: string): Envelope[] {
  const envelopes: Envelope[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]?.trim();
    if (!line) continue;
    try {
      envelopes.push(JSON.parse(line) as Envelope);
    } catch (error) {
      throw new Error(`messages.ndjson line ${i + 1}: ${(error as Error).message}`);
    }
  }
  return envelopes;
}
