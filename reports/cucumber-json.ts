// The legacy Cucumber JSON report (cucumber-js `json` formatter) for community reporters:
// an array of features with elements (scenarios) and steps, durations in nanoseconds.
// Modelled on cucumber-js src/formatter/json_formatter.ts; ids are slugs joined with ';'.
// Leaves out embeddings and background elements; a doc string's line is taken as its step's + 1.
import type { FeatureResult, RunModel, ScenarioResult, StepResult } from './model/run-model.ts';
import type { FormatOptions } from './format/options.ts';

export function renderCucumberJson(model: RunModel, options: FormatOptions = {}): string {
  return JSON.stringify(model.features.map((f) => feature(f, options)), null, 2) + '\n';
}

function feature(f: FeatureResult, options: FormatOptions): unknown {
  const id = slug(f.name);
  return {
    description: f.description,
    elements: f.scenarios.map((s) => element(s, id, options)),
    id,
    line: f.line,
    keyword: f.keyword,
    name: f.name,
    tags: f.tags,
    uri: f.uri,
  };
}

function element(s: ScenarioResult, featureId: string, options: FormatOptions): unknown {
  return {
    description: '',
    id: `${featureId};${slug(s.name)}`,
    keyword: s.keyword,
    line: s.line,
    name: s.name,
    steps: s.steps.map((st) => step(st, options)),
    tags: s.tagRefs,
    type: 'scenario',
  };
}

function step(st: StepResult, options: FormatOptions): unknown {
  const result: Record<string, unknown> = { status: st.status };
  if (!options.deterministic) result['duration'] = st.durationMs * 1_000_000;
  if (st.errorMessage !== undefined) result['error_message'] = st.errorMessage;
  return {
    arguments: stepArguments(st),
    keyword: st.keyword,
    ...(st.hook ? { hidden: true } : { line: st.line, name: st.text }),

    ...(st.match ? { match: { location: st.match } } : {}),
    result,
  };
}

/** As cucumber-js formatDocString/formatDataTable: `[{ content, line }]` or `[{ rows: [{ cells }] }]`. */
function stepArguments(st: StepResult): unknown[] {
  if (st.argument?.kind === 'docString') return [{ content: st.argument.content, line: st.line + 1 }];
  if (st.argument?.kind === 'dataTable') return [{ rows: st.argument.rows.map((cells) => ({ cells })) }];
  return [];
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
