// The history replays the state after every single write, including writes at the same instant.
import { test } from 'node:test';
import { expect } from 'expect';
import { ObjectStore } from '../store/object-store.ts';
import type { KubeObject } from '../apimachinery/object.ts';
import { StateHistory } from './state-history.ts';
import { parseCondition } from './conditions/index.ts';

const pod = (name: string, phase: string): KubeObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' }, status: { phase } });

test('replay visits the state at the mark and after each later write, with write times', () => {
  const store = new ObjectStore();
  let now = 0;
  const history = new StateHistory(store, () => now);
  store.create('pods', pod('a', 'Pending'));
  now = 5000;
  const mark = store.currentRevision();
  store.update('pods', pod('a', 'Running'));
  store.update('pods', pod('a', 'Failed')); // same instant: a separate moment
  const seen: string[] = [];
  history.replay(mark, (s) => { seen.push(`${s.revision}@${s.nowMs}:${String((s.get('pods', 'default', 'a')?.status as { phase: string }).phase)}`); });
  expect(seen).toEqual(['1@0:Pending', '2@5000:Running', '3@5000:Failed']);
  expect(history.revisionAt(4999)).toBe(1);
  expect(history.revisionAt(5000)).toBe(3);
});

test('conditions parse in either tense and explain unknown phrases', () => {
  expect(parseCondition('pod "a" was Running').text).toBe('pod "a" was Running');
  expect(() => parseCondition('the moon is full')).toThrow(/unknown condition: the moon is full\nKnown conditions/);
});
