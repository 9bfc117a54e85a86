// Custom Cucumber parameter types, parsed in one place: {duration} → milliseconds, {condition}.
import { defineParameterType } from '@cucumber/cucumber';
import { DURATION_REGEXP, parseDuration } from './durations.ts';
import { parseCondition } from '../../engine/invariants/conditions/index.ts';

defineParameterType({ name: 'duration', regexp: DURATION_REGEXP, transformer: parseDuration });

// {condition}: a phrase about the cluster (see engine/invariants/conditions), always the last
// parameter of its step, e.g. `within 2 minutes the deployment "web" has 4 available replicas`.
defineParameterType({ name: 'condition', regexp: /.+/, transformer: parseCondition, useForSnippets: false });
