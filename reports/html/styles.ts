// The report's stylesheet: system fonts, readable line length on a laptop, status colours that
// pass WCAG AA contrast in light and dark mode (prefers-color-scheme), visible focus outlines.
// Status is never shown by colour alone: every badge also carries a symbol and a word.
// Leaves out print styles beyond hiding the filter controls.

export const REPORT_CSS = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1b1f24; --muted: #57606a; --border: #d0d7de;
  --panel: #f6f8fa; --passed: #1a7f37; --failed: #cf222e; --error: #9a6700; --skipped: #57606a;
  --link: #0969da; --code-bg: #f6f8fa; --chart-1: #0969da; --chart-2: #cf222e; --chart-3: #1a7f37;
  --chart-4: #8250df; --chart-5: #bc4c00; --chart-6: #57606a; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9da7b3; --border: #30363d; --panel: #161b22;
    --passed: #3fb950; --failed: #ff7b72; --error: #d29922; --skipped: #9da7b3; --link: #58a6ff;
    --code-bg: #161b22; --chart-1: #58a6ff; --chart-2: #ff7b72; --chart-3: #3fb950; --chart-4: #d2a8ff;
    --chart-5: #ffa657; --chart-6: #9da7b3; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); line-height: 1.5;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
a { color: var(--link); }
:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 8px; top: 8px; background: var(--bg); padding: 4px; }
header, main { max-width: 1200px; margin: 0 auto; padding: 0 16px; }
header { padding-top: 16px; border-bottom: 1px solid var(--border); }
h1 { font-size: 1.6rem; margin: 0 0 8px; } h2 { font-size: 1.3rem; margin-top: 32px; }
h3 { font-size: 1.1rem; margin: 0; } h4 { font-size: 1rem; margin: 16px 0 4px; }
table { border-collapse: collapse; margin: 8px 0 16px; }
th, td { border: 1px solid var(--border); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: var(--panel); } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0 16px; }
dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; }
code, pre { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 13px; }
pre { background: var(--code-bg); border: 1px solid var(--border); padding: 8px; overflow-x: auto; white-space: pre; }
pre.error { border-left: 4px solid var(--failed); white-space: pre-wrap; }
pre.attachment { border-left: 4px solid var(--muted); }
pre.argument { margin: 4px 0 4px 24px; }
pre.state { max-height: 36em; overflow: auto; }
.status { font-weight: 600; white-space: nowrap; }
.status-passed { color: var(--passed); } .status-failed { color: var(--failed); }
.status-error { color: var(--error); } .status-skipped, .status-unknown { color: var(--skipped); }
section.scenario { border: 1px solid var(--border); border-radius: 6px; margin: 16px 0; padding: 12px 16px; }
section.scenario.is-failed { border-left: 6px solid var(--failed); }
section.scenario.is-error { border-left: 6px solid var(--error); }
section.scenario.is-passed { border-left: 6px solid var(--passed); }
.tags { color: var(--muted); font-size: 0.9em; }
ol.steps { list-style: none; padding: 0; margin: 8px 0; }
ol.steps li { padding: 2px 0; } ol.steps .kw { font-weight: 600; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(420px, 1fr)); gap: 16px; }
figure.chart { margin: 0; border: 1px solid var(--border); border-radius: 6px; padding: 8px; background: var(--panel); }
figure.chart figcaption { font-weight: 600; margin-bottom: 4px; }
.chart-canvas { min-height: 220px; }
.uplot, .uplot .u-legend { color: var(--fg); font-family: inherit; }
.filters { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin: 12px 0; }
.filters input[type=search] { padding: 4px 8px; min-width: 260px; background: var(--bg); color: var(--fg); border: 1px solid var(--border); }
.cluster-view label { margin-right: 8px; } .cluster-view output { margin-right: 24px; }
.hidden-note { color: var(--muted); font-style: italic; }
@media print { .filters, .skip { display: none; } }
`;
