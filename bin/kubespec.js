#!/usr/bin/env node
// kubespec's command-line entry: registers tsx so the TypeScript sources (engine, steps,
// reports) load directly, then hands over to the command dispatcher.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./commands/main.ts');
process.exitCode = await main(process.argv.slice(2));
