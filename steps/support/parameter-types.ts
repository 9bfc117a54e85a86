// Custom Cucumber parameter types, parsed in one place: {duration} → milliseconds, {condition},
// {window} (where an always/never assertion starts) and {never-condition} (a condition phrase
// with "never" in it: `the service "web" never had 0 ready endpoints`).
import { defineParameterType } from '@cucumber/cucumber';
import { DURATION_REGEXP, parseDuration } from './durations.ts';
import { parseCondition } from '../../engine/invariants/conditions/index.ts';
import { parseWindow, WINDOW_REGEXP } from './windows.ts';
import { NEVER_CONDITION_REGEXP, parseNeverCondition } from './never-condition.ts';

defineParameterType({ name: 'duration', regexp: DURATION_REGEXP, transformer: parseDuration });

// {condition}: a phrase about the cluster (see engine/invariants/conditions), always the last
// parameter of its step, e.g. `within 2 minutes the deployment "web" has 4 available replicas`.
defineParameterType({ name: 'condition', regexp: /.+/, transformer: parseCondition, useForSnippets: false });

defineParameterType({ name: 'window', regexp: WINDOW_REGEXP, transformer: parseWindow, useForSnippets: false });

// {first-condition}: a condition that does not start with a window, so `A before B` and
// `since "rollout", A before B` are different steps.
defineParameterType({ name: 'first-condition', regexp: /(?!since |in the last ).+/, transformer: parseCondition, useForSnippets: false });

defineParameterType({ name: 'never-condition', regexp: NEVER_CONDITION_REGEXP, transformer: parseNeverCondition, useForSnippets: false });
