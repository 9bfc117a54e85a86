// Grading and replay metadata carried by Gherkin tags: @points=N, @rubric=x, @hidden,
// @extra-credit, @seed=N. A pickle inherits its feature's and rule's tags, so the last
// (most specific) value wins for @points, @rubric and @seed.
// Leaves out validation beyond "is a non-negative number": a bad @points=x falls back to the default.

export interface ScenarioTags {
  points: number;
  rubric: string | undefined;
  hidden: boolean;
  extraCredit: boolean;
  seed: number | undefined;
}

export function readScenarioTags(tags: readonly string[], defaultPoints: number): ScenarioTags {
  const result: ScenarioTags = {
    points: defaultPoints, rubric: undefined, hidden: false, extraCredit: false, seed: undefined,
  };
  for (const tag of tags) {
    const [key, value] = splitTag(tag);
    if (key === 'points' && isNumber(value)) result.points = Number(value);
    else if (key === 'rubric' && value) result.rubric = value;
    else if (key === 'seed' && isNumber(value)) result.seed = Number(value);
    else if (key === 'hidden') result.hidden = true;
    else if (key === 'extra-credit') result.extraCredit = true;
  }
  return result;
}

function splitTag(tag: string): [string, string | undefined] {
  const body = tag.startsWith('@') ? tag.slice(1) : tag;
  const eq = body.indexOf('=');
  return eq < 0 ? [body, undefined] : [body.slice(0, eq), body.slice(eq + 1)];
}

function isNumber(value: string | undefined): value is string {
  return value !== undefined && /^\d+(\.\d+)?$/.test(value);
}
