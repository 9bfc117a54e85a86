// The legacy Cucumber JSON report (cucumber-js `json` formatter) for community reporters:
// an array of features with elements (scenarios) and steps, durations in nanoseconds.
// Modelled on cucumber-js src/formatter/json_formatter.ts: ids as convertNameToId joined with ';',
// hooks as hidden `Before`/`After` steps, attachments as the step's (or hook's) `embeddings`.
// Leaves out background elements, passed hooks without attachments and the feature description's
// leading spaces; a doc string's line is taken as its step's + 1; durations have ms precision.
import type { FeatureResult, RecordedAttachment, RunModel, ScenarioResult, StepResult } from './model/run-model.ts';
import type { FormatOptions } from './format/options.ts';

export function renderCucumberJson(model: RunModel, options: FormatOptions = {}): string {
  return JSON.stringify(model.features.map((f) => feature(f, options)), null, 2) + '\n';
}

function feature(f: FeatureResult, options: FormatOptions): unknown {
  const id = nameToId(f.name);
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
    id: `${featureId};${nameToId(s.name)}`,
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
  const embeddings = st.recorded.length > 0 ? { embeddings: st.recorded.map(embedding) } : {};
  // A hook has neither arguments nor a match: cucumber-js matches only step definitions.
  if (st.hook) return { keyword: st.keyword.trim(), hidden: true, result, ...embeddings };
  return {
    arguments: stepArguments(st),
    keyword: st.keyword,
    line: st.line,
    name: st.text,
    ...(st.match ? { match: { location: st.match } } : {}),
    result,
    ...embeddings,
  };
}

/**
 * As cucumber-js getStepData: `{ data, mime_type }` in attachment order, `data` always base64 (a
 * text body, IDENTITY-encoded in the messages, is encoded; a BASE64 body is kept); no file name.
 */
function embedding(a: RecordedAttachment): { data: string; mime_type: string } {
  return { data: a.encoding === 'IDENTITY' ? Buffer.from(a.body).toString('base64') : a.body, mime_type: a.mediaType };
}

/** As cucumber-js formatDocString/formatDataTable: `[{ content, line }]` or `[{ rows: [{ cells }] }]`. */
function stepArguments(st: StepResult): unknown[] {
  if (st.argument?.kind === 'docString') return [{ content: st.argument.content, line: st.line + 1 }];
  if (st.argument?.kind === 'dataTable') return [{ rows: st.argument.rows.map((cells) => ({ cells })) }];
  return [];
}

/** cucumber-js convertNameToId: spaces become dashes, the rest is kept, lower-cased. */
function nameToId(name: string): string {
  return name.replace(/ /g, '-').toLowerCase();
}
