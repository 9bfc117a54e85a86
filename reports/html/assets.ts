// The charting library bundled into every HTML report so it works offline: uPlot's IIFE build
// and stylesheet, read from the installed `uplot` package once per process.
// uPlot (MIT, github.com/leeoniya/uPlot) draws on <canvas>; its licence banner is kept.
// Leaves out lazy loading: the page is one self-contained file.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface ChartAssets {
  script: string;
  style: string;
}

let cached: ChartAssets | undefined;

export function chartAssets(): ChartAssets {
  if (!cached) {
    const dist = dirname(createRequire(import.meta.url).resolve('uplot'));
    cached = {
      script: readFileSync(join(dist, 'uPlot.iife.min.js'), 'utf8'),
      style: readFileSync(join(dist, 'uPlot.min.css'), 'utf8'),
    };
  }
  return cached;
}

/** Makes text safe inside an inline <script> or <style> element. */
export function inlineSafe(text: string): string {
  return text.replace(/<\/(script|style)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** JSON for a <script type="application/json"> block: every `<` escaped, so no tag can form. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
