// robfig/cron ParseStandard's accept/reject decisions and error texts, as CronJob validation
// reports them; a property over every in-range minute/hour. The texts were checked against
// robfig/cron v3.0.1 itself (Debian's), as were 120,000 random schedules.
import { describe, it } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { cronScheduleError } from './cron-schedule.ts';

describe('cronScheduleError (robfig/cron ParseStandard)', () => {
  const valid = ['*/5 * * * *', '0 0 * * *', '0 9-17 * * mon-fri', '15,45 * 1 jan,jul *', '@hourly', 'TZ=UTC 0 * * * *', '0 0 29 2 ?',
    '1,,2 * * * *', '@every 1h30m', 'CRON_TZ= 0 * * * *', 'TZ=Europe/Paris @hourly'];
  for (const s of valid) it(`accepts ${s}`, () => expect(cronScheduleError(s)).toBeUndefined());
  const invalid: Array<[string, string]> = [
    ['bad', 'expected exactly 5 fields, found 1: [bad]'],
    ['* * * *', 'expected exactly 5 fields, found 4: [* * * *]'],
    ['60 * * * *', 'end of range (60) above maximum (59): 60'],
    ['* * 0 * *', 'beginning of range (0) below minimum (1): 0'],
    ['x * * * *', 'failed to parse int from x: strconv.Atoi: parsing "x": invalid syntax'],
    ['5-1 * * * *', 'beginning of range (5) beyond end of range (1): 5-1'],
    ['*/0 * * * *', 'step of range should be a positive number: */0'],
    ['@sometimes', 'unrecognized descriptor: @sometimes'],
    ['', 'empty spec string'],
    ['  @daily', 'expected exactly 5 fields, found 1: [@daily]'],
    ['@daily ', 'unrecognized descriptor: @daily '],
    ['@every x', 'failed to parse duration @every x: time: invalid duration "x"'],
    ['CRON_TZ=Nowhere/X 0 * * * *', 'provided bad location Nowhere/X: unknown time zone Nowhere/X'],
    ['TZ=../x 0 * * * *', 'provided bad location ../x: time: invalid location name'],
    ['63/0 * * * *', 'beginning of range (63) beyond end of range (59): 63/0'],
    ['0 0\u00850 * * *', 'expected exactly 5 fields, found 6: [0 0 0 * * *]'],
  ];
  for (const [s, want] of invalid) it(`rejects ${s}`, () => expect(cronScheduleError(s)).toBe(want));
  it('every in-range minute/hour pair parses (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 23 }), (m, h) => cronScheduleError(`${m} ${h} * * *`) === undefined));
  });
});
