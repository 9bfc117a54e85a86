// Window phrases and "never" phrases parse to exactly what the time steps range over.
import { test } from 'node:test';
import { expect } from 'expect';
import { parseWindow, WINDOW_REGEXP } from './windows.ts';
import { NEVER_CONDITION_REGEXP, parseNeverCondition } from './never-condition.ts';

const whole = (re: RegExp, text: string): boolean => new RegExp(`^(?:${re.source})$`).test(text);

test('windows: a quoted mark (escaped quotes too), a mark that started, the scenario, the last When step, a duration', () => {
  expect(parseWindow('since "rollout"')).toEqual({ text: 'since "rollout"', kind: 'mark', name: 'rollout' });
  expect(parseWindow('since "I run \\"kubectl set image\\""')).toEqual({ text: 'since "I run \\"kubectl set image\\""', kind: 'mark', name: 'I run "kubectl set image"' });
  expect(parseWindow('since the rollout started')).toEqual({ text: 'since the rollout started', kind: 'mark', name: 'rollout' });
  expect(parseWindow('since the scenario started')).toEqual({ text: 'since the scenario started', kind: 'start' });
  expect(parseWindow('since the last When step')).toEqual({ text: 'since the last When step', kind: 'last-step' });
  expect(parseWindow('in the last 5 minutes')).toEqual({ text: 'in the last 5 minutes', kind: 'duration', durationMs: 300_000 });
  expect(parseWindow('in the last 1m30s')).toMatchObject({ kind: 'duration', durationMs: 90_000 });
  expect(['since "a"', 'since the big-rollout started', 'in the last 10 seconds'].map((t) => whole(WINDOW_REGEXP, t))).toEqual([true, true, true]);
  expect(['since rollout', 'since the rollout', 'in the last while'].map((t) => whole(WINDOW_REGEXP, t))).toEqual([false, false, false]);
});

test('never: the word outside quotes, dropped to give the condition; not a window, not inside a name', () => {
  expect(parseNeverCondition('pod "web-0" was never scheduled on "node-2"').condition.text).toBe('pod "web-0" was scheduled on "node-2"');
  expect(parseNeverCondition('the service "web" never had 0 ready endpoints').condition.text).toBe('the service "web" had 0 ready endpoints');
  expect(parseNeverCondition('pod "never" was never Running').condition.text).toBe('pod "never" was Running');
  expect(whole(NEVER_CONDITION_REGEXP, 'the output contains "never ready"')).toBe(false);
  expect(whole(NEVER_CONDITION_REGEXP, 'since "x", the service "web" never had 0 ready endpoints')).toBe(false);
  expect(whole(NEVER_CONDITION_REGEXP, 'the service "web" never had 0 ready endpoints')).toBe(true);
  expect(() => parseNeverCondition('the moon never rises')).toThrow(/unknown condition: the moon rises/);
});
