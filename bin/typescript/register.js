// Loads kubespec's TypeScript sources without a build step: `node --import ./bin/typescript/register.js`
// (or importing this file first) installs module hooks that strip the types of every .ts file
// with esbuild as it is loaded. Stack traces and coverage map back to the .ts lines.
import { register } from 'node:module';

process.setSourceMapsEnabled(true);
register('./hooks.js', import.meta.url);
