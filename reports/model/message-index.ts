// Lookup tables over one run's envelopes, keyed by the ids Cucumber's messages cross-reference.
// Models the join @cucumber/query performs; the last testCaseStarted per testCase wins (retries).
// Leaves out parameter types and undefined-parameter-type messages.
import type {
  Attachment, Envelope, GherkinDocument, Hook, Pickle, StepDefinition, TestCase, TestCaseFinished,
  TestCaseStarted, TestRunFinished, TestRunStarted, TestStepFinished,
} from '@cucumber/messages';

export interface MessageIndex {
  documents: GherkinDocument[];
  pickles: Pickle[];
  astKeywords: Map<string, string>;
  astLines: Map<string, number>;
  testCaseByPickle: Map<string, TestCase>;
  lastStartedByTestCase: Map<string, TestCaseStarted>;
  stepsFinishedByStarted: Map<string, Map<string, TestStepFinished>>;
  finishedByStarted: Map<string, TestCaseFinished>;
  stepDefinitions: Map<string, StepDefinition>;
  hooks: Map<string, Hook>;
  /** Attachments per testCaseStartedId, in stream order. */
  attachments: Map<string, Attachment[]>;
  runStarted: TestRunStarted | undefined;
  runFinished: TestRunFinished | undefined;
  versions: Record<string, string>;
}

export function buildIndex(envelopes: readonly Envelope[]): MessageIndex {
  const index: MessageIndex = {
    documents: [], pickles: [], astKeywords: new Map(), astLines: new Map(),
    testCaseByPickle: new Map(), lastStartedByTestCase: new Map(), stepsFinishedByStarted: new Map(),
    finishedByStarted: new Map(), stepDefinitions: new Map(), hooks: new Map(), attachments: new Map(),
    runStarted: undefined, runFinished: undefined, versions: {},
  };
  for (const envelope of envelopes) addEnvelope(index, envelope);
  return index;
}

function addEnvelope(index: MessageIndex, e: Envelope): void {
  if (e.meta) {
    index.versions[e.meta.implementation.name] = e.meta.implementation.version ?? '';
    index.versions[e.meta.runtime.name] = e.meta.runtime.version ?? '';
  }
  if (e.gherkinDocument) addDocument(index, e.gherkinDocument);
  if (e.pickle) index.pickles.push(e.pickle);
  if (e.stepDefinition) index.stepDefinitions.set(e.stepDefinition.id, e.stepDefinition);
  if (e.hook) index.hooks.set(e.hook.id, e.hook);
  if (e.testCase) index.testCaseByPickle.set(e.testCase.pickleId, e.testCase);
  if (e.testCaseStarted) index.lastStartedByTestCase.set(e.testCaseStarted.testCaseId, e.testCaseStarted);
  if (e.testStepFinished) {
    const key = e.testStepFinished.testCaseStartedId;
    const steps = index.stepsFinishedByStarted.get(key) ?? new Map<string, TestStepFinished>();
    steps.set(e.testStepFinished.testStepId, e.testStepFinished);
    index.stepsFinishedByStarted.set(key, steps);
  }
  if (e.testCaseFinished) index.finishedByStarted.set(e.testCaseFinished.testCaseStartedId, e.testCaseFinished);
  if (e.attachment?.testCaseStartedId) {
    const list = index.attachments.get(e.attachment.testCaseStartedId);
    if (list) list.push(e.attachment);
    else index.attachments.set(e.attachment.testCaseStartedId, [e.attachment]);
  }
  if (e.testRunStarted) index.runStarted = e.testRunStarted;
  if (e.testRunFinished) index.runFinished = e.testRunFinished;
}

/** Records keyword and line of every scenario, example row and step, including inside rules. */
function addDocument(index: MessageIndex, doc: GherkinDocument): void {
  index.documents.push(doc);
  const children = doc.feature?.children ?? [];
  const scenarios = children.flatMap((child) => [
    ...(child.scenario ? [child.scenario] : []),
    ...(child.rule?.children ?? []).flatMap((ruleChild) => (ruleChild.scenario ? [ruleChild.scenario] : [])),
  ]);
  const backgrounds = children.flatMap((child) => [
    ...(child.background ? [child.background] : []),
    ...(child.rule?.children ?? []).flatMap((ruleChild) => (ruleChild.background ? [ruleChild.background] : [])),
  ]);
  const tags = [...(doc.feature?.tags ?? []), ...scenarios.flatMap((s) => [...s.tags, ...s.examples.flatMap((e) => e.tags)])];
  for (const tag of tags) index.astLines.set(tag.id, tag.location.line);
  for (const node of [...scenarios, ...backgrounds]) {
    index.astKeywords.set(node.id, node.keyword);
    index.astLines.set(node.id, node.location.line);
    for (const step of node.steps) {
      index.astKeywords.set(step.id, step.keyword);
      index.astLines.set(step.id, step.location.line);
    }
  }
}
