// One scenario in the HTML report: status, tags, points, location, virtual time, seed and replay
// command; steps with failure messages; timelines; the event log as `kubectl get events -A`;
// for scenarios that did not pass also the cluster state at the failure (`kubectl get all -A -o
// wide` and the objects involved as YAML, from the After hook's attachments; runs recorded
// without them show the objects replayed from the journal), a cluster view for any instant and
// the raw journal lines (kept out of passed ones so 1,000-scenario reports stay small).
import { argumentText, type ScenarioResult } from '../model/run-model.ts';
import { earned, possible } from '../grading/score.ts';
import { escapeXml, replayCommand } from '../format/text.ts';
import { wallMs, type FormatOptions } from '../format/options.ts';
import { renderChartFigure } from './charts.ts';
import { renderClusterView, type ClusterPayload } from './cluster-view.ts';
import { renderEventLog } from './event-log.ts';
import { humanDuration } from './human-duration.ts';
import { objectsAt, renderObjectState } from './object-state.ts';
import { scenarioBadge, statusClass, stepBadge } from './status-badge.ts';
import type { Chart } from './timeline.ts';

export interface ScenarioVisuals {
  charts: Chart[];
  cluster: ClusterPayload;
}

/** `id` is the section's anchor; the cluster view's data key is `${id}-cv`. */
export function renderScenario(id: string, s: ScenarioResult, visuals: ScenarioVisuals, options: FormatOptions): string {
  const concealed = options.concealHidden === true && s.hidden;
  const search = escapeXml([s.name, s.location, ...s.tags, s.status].join(' ').toLowerCase());
  return [
    `<section class="scenario is-${statusClass(s.status, s.graderError)}" id="${id}" aria-labelledby="${id}-h" data-search="${search}">`,
    `<h3 id="${id}-h">${scenarioBadge(s)} ${escapeXml(s.name)}</h3>`,
    s.tags.length > 0 ? `<p class="tags">${s.tags.map(escapeXml).join(' ')}</p>` : '',
    facts(s, options),
    ...(concealed ? ['<p class="hidden-note">Hidden test: details are shown when grades are published.</p>'] : details(id, s, visuals)),
    '</section>',
  ].filter((part) => part !== '').join('\n');
}

function facts(s: ScenarioResult, options: FormatOptions): string {
  const last = s.journal[s.journal.length - 1];
  const rows: [string, string][] = [
    ['Location', `<code>${escapeXml(s.location)}</code>`],
    ['Points', `${earned(s)} / ${possible(s)}${s.extraCredit ? ' (extra credit)' : ''}${s.rubric ? ` · rubric <code>${escapeXml(s.rubric)}</code>` : ''}`],
    ['Virtual time', `${humanDuration(s.virtualTimeMs)} (t=${s.virtualTimeMs} ms${last ? `, ${escapeXml(last.time)}` : ''})`],
    ['Seed', s.seed === undefined ? 'not recorded' : String(s.seed)],
    ['Replay', `<code>${escapeXml(replayCommand(s))}</code>`],
  ];
  if (!options.deterministic) rows.push(['Wall duration', `${wallMs(s.durationMs, options)} ms`]);
  return `<dl class="facts">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

function details(id: string, s: ScenarioResult, { charts, cluster }: ScenarioVisuals): string[] {
  const parts = ['<h4>Steps</h4>', steps(s)];
  if (charts.length > 0) parts.push('<h4>Timeline</h4>', `<div class="charts">${charts.map(renderChartFigure).join('\n')}</div>`);
  else if (s.journal.length > 0) parts.push(`<p class="tags">No timeline: everything happened at one virtual instant (t=${s.virtualTimeMs} ms).</p>`);
  parts.push('<h4>Events</h4>', `<pre aria-label="kubectl get events -A">${escapeXml(renderEventLog(s.journal, s.virtualTimeMs))}</pre>`);
  if (s.status === 'passed') return parts;
  parts.push(
    ...failureState(id, s),
    `<details><summary>Cluster at any virtual instant</summary>${renderClusterView(`${id}-cv`, cluster)}</details>`,
    `<details><summary>Journal (${s.journal.length} lines)</summary><pre>${escapeXml(s.journal.map((e) => JSON.stringify(e)).join('\n'))}</pre></details>`,
  );
  return parts;
}

/** The attached state when the After hook captured it, else the objects replayed from the journal. */
function failureState(id: string, s: ScenarioResult): string[] {
  const state = s.failureState;
  if (!state) {
    return [`<details><summary>Cluster state at the end, replayed from the journal (t=${s.virtualTimeMs} ms)</summary><pre>${escapeXml(renderObjectState(objectsAt(s.journal, s.virtualTimeMs)))}</pre></details>`];
  }
  const parts = [`<h4 id="${id}-state">Cluster state at the failure</h4>`];
  if (state.clusterState !== undefined) {
    parts.push(`<details open><summary><code>kubectl get all -A -o wide</code></summary><pre class="state" aria-label="kubectl get all -A -o wide at the failure">${escapeXml(state.clusterState)}</pre></details>`);
  }
  if (state.objectsYaml !== undefined) {
    parts.push(`<details open><summary>Objects involved (YAML)</summary><pre class="state" aria-label="objects involved as YAML">${escapeXml(state.objectsYaml)}</pre></details>`);
  }
  return parts;
}

function steps(s: ScenarioResult): string {
  const items = s.steps.map((st) => {
    const argument = st.argument !== undefined ? `\n<pre class="argument">${escapeXml(argumentText(st.argument))}</pre>` : '';
    const error = st.errorMessage ? `\n<pre class="error">${escapeXml(st.errorMessage)}</pre>` : '';
    const attached = st.attachments.map((text) => `\n<pre class="attachment">${escapeXml(text)}</pre>`).join('');
    return `<li>${stepBadge(st.status)} <span class="kw">${escapeXml(st.keyword.trim())}</span> ${escapeXml(st.text)}${argument}${error}${attached}</li>`;
  });
  return `<ol class="steps">\n${items.join('\n')}\n</ol>`;
}
