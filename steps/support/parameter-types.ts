// Custom Cucumber parameter types, parsed in one place: {duration} → milliseconds.
import { defineParameterType } from '@cucumber/cucumber';
import { DURATION_REGEXP, parseDuration } from './durations.ts';

defineParameterType({ name: 'duration', regexp: DURATION_REGEXP, transformer: parseDuration });
