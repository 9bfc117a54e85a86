// Syntax check of a standard 5-field cron schedule, with robfig/cron/v3's error texts (the
// parser Kubernetes uses: pkg/apis/batch/validation → validateScheduleFormat → cron.ParseStandard).
// Models robfig/cron/v3 parser.go → Parse, getField, getRange, parseIntOrName, mustParseInt.
// Only validity is decided here; computing next run times is the CronJob controller's business.
// Checked against robfig/cron v3.0.1 (Debian's, the version Kubernetes 1.33 vendors) on 120,000
// random schedules (alike but for "TZ=UTC" alone, on which ParseStandard panics).
import { DurationError, parseGoDuration } from '../../apimachinery/duration.ts';
import { loadLocationError } from '../../apimachinery/time-zone.ts';

interface Bounds { min: number; max: number; names?: Record<string, number> }

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const DAYS: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const FIELDS: Bounds[] = [
  { min: 0, max: 59 }, { min: 0, max: 23 }, { min: 1, max: 31 }, { min: 1, max: 12, names: MONTHS }, { min: 0, max: 6, names: DAYS },
];
const DESCRIPTORS = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly']);

class CronError extends Error {}

function mustParseInt(expr: string): number {
  if (!/^[+-]?\d+$/.test(expr)) throw new CronError(`failed to parse int from ${expr}: strconv.Atoi: parsing "${expr}": invalid syntax`);
  const n = Number.parseInt(expr, 10);
  if (n < 0) throw new CronError(`negative number (${n}) not allowed: ${expr}`);
  return n;
}

function parseIntOrName(expr: string, names: Record<string, number> | undefined): number {
  const named = names?.[expr.toLowerCase()];
  return named ?? mustParseInt(expr);
}

function checkRange(expr: string, r: Bounds): void {
  const rangeAndStep = expr.split('/');
  const lowAndHigh = (rangeAndStep[0] ?? '').split('-');
  const singleDigit = lowAndHigh.length === 1;
  let start: number;
  let end: number;
  let step = 1;
  if (lowAndHigh[0] === '*' || lowAndHigh[0] === '?') {
    start = r.min;
    end = r.max;
  } else {
    start = parseIntOrName(lowAndHigh[0] ?? '', r.names);
    if (lowAndHigh.length === 1) end = start;
    else if (lowAndHigh.length === 2) end = parseIntOrName(lowAndHigh[1] ?? '', r.names);
    else throw new CronError(`too many hyphens: ${expr}`);
  }
  if (rangeAndStep.length === 2) {
    step = mustParseInt(rangeAndStep[1] ?? '');
    if (singleDigit && lowAndHigh[0] !== '*' && lowAndHigh[0] !== '?') end = r.max;
  } else if (rangeAndStep.length > 2) {
    throw new CronError(`too many slashes: ${expr}`);
  }
  if (start < r.min) throw new CronError(`beginning of range (${start}) below minimum (${r.min}): ${expr}`);
  if (end > r.max) throw new CronError(`end of range (${end}) above maximum (${r.max}): ${expr}`);
  if (start > end) throw new CronError(`beginning of range (${start}) beyond end of range (${end}): ${expr}`);
  // Checked last, as getRange does: "63/0" fails on its range first.
  if (step === 0) throw new CronError(`step of range should be a positive number: ${expr}`);
}

/** strings.Fields: runs of unicode.IsSpace (ASCII white space, U+0085, U+00A0 and the Zs spaces). */
const GO_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

/** cron.ParseStandard's error text for `schedule`, or undefined when it parses. */
export function cronScheduleError(schedule: string): string | undefined {
  try {
    // Parser.Parse: no trimming before the time zone prefix or a descriptor; only after TZ=.
    if (schedule === '') throw new CronError('empty spec string');
    let spec = schedule;
    if (spec.startsWith('TZ=') || spec.startsWith('CRON_TZ=')) {
      const space = spec.indexOf(' ');
      const zone = spec.slice(spec.indexOf('=') + 1, space < 0 ? undefined : space);
      const bad = loadLocationError(zone);
      if (bad !== undefined) throw new CronError(`provided bad location ${zone}: ${bad}`);
      spec = space < 0 ? '' : spec.slice(space).trim();
    }
    if (spec.startsWith('@')) return descriptorError(spec);
    const fields = spec.split(GO_SPACE).filter((f) => f !== '');
    if (fields.length !== 5) throw new CronError(`expected exactly 5 fields, found ${fields.length}: [${fields.join(' ')}]`);
    // getField splits with strings.FieldsFunc, which drops empty parts ("1,,2" is "1,2").
    fields.forEach((field, i) => { for (const part of field.split(',')) if (part !== '') checkRange(part, FIELDS[i] as Bounds); });
    return undefined;
  } catch (e) {
    if (e instanceof CronError) return e.message;
    throw e;
  }
}

/** parseDescriptor: the named schedules, or "@every <Go duration>". */
function descriptorError(spec: string): string | undefined {
  if (DESCRIPTORS.has(spec)) return undefined;
  if (spec.startsWith('@every ')) {
    try {
      parseGoDuration(spec.slice('@every '.length));
      return undefined;
    } catch (e) {
      if (e instanceof DurationError) return `failed to parse duration ${spec}: ${e.message}`;
      throw e;
    }
  }
  return `unrecognized descriptor: ${spec}`;
}
