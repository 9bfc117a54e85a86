#!/usr/bin/env node
// kubespec's command-line entry: registers the TypeScript loader so the sources (engine, steps,
// reports) load directly, then hands over to the command dispatcher.
import './typescript/register.js';

const { main } = await import('./commands/main.ts');
process.exitCode = await main(process.argv.slice(2));
