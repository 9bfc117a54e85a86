// The pieces kubectl describe prints for workloads, as tab-separated text for printers/tabwriter.ts:
// labels/annotations blocks, the selector, the pod template, conditions and the Events table.
// Models staging/src/k8s.io/kubectl/pkg/describe/describe.go → printLabelsMultiline,
// printAnnotationsMultiline, DescribePodTemplate, describeContainers (no container status),
// describeVolumes, DescribeEvents; metav1.FormatLabelSelector; duration.HumanDuration.
// Left out: probes, envFrom, volume details, tolerations other than <none>-or-key lists.
import type { Event, PodTemplateSpec } from 'kubernetes-types/core/v1.js';
import type { LabelSelector } from 'kubernetes-types/meta/v1.js';
import { parseTimestamp } from '../../clock/timestamp.ts';
import { humanDuration } from '../../apimachinery/human-duration.ts';
import { DESCRIBE_SETTINGS, tabwriteText } from '../printers/tabwriter.ts';

const MAX_ANNOTATION_LEN = 140;

export function labelsBlock(title: string, labels: Record<string, string> | undefined, indent = ''): string {
  const keys = Object.keys(labels ?? {}).sort();
  if (keys.length === 0) return `${indent}${title}:\t<none>\n`;
  // printLabelsMultiline: the title carries the indent; continuation lines start at the tab.
  return keys.map((k, i) => `${i === 0 ? `${indent}${title}:\t` : '\t'}${k}=${labels?.[k] ?? ''}\n`).join('');
}

export function annotationsBlock(title: string, annotations: Record<string, string> | undefined, indent = ''): string {
  const keys = Object.keys(annotations ?? {}).filter((k) => k !== 'kubectl.kubernetes.io/last-applied-configuration').sort();
  if (keys.length === 0) return `${indent}${title}:\t<none>\n`;
  let out = `${indent}${title}:\t`;
  keys.forEach((k, i) => {
    if (i !== 0) out += '\t';
    const value = (annotations?.[k] ?? '').replace(/\n$/, '');
    if (value.length + k.length + 2 > MAX_ANNOTATION_LEN || value.includes('\n')) {
      out += `${k}:\n`;
      for (const s of value.split('\n')) out += `\t  ${s.length > MAX_ANNOTATION_LEN - 2 ? `${s.slice(0, MAX_ANNOTATION_LEN - 5)}...` : s}\n`;
    } else out += `${k}: ${value}\n`;
  });
  return out;
}

export function formatLabelSelector(s: LabelSelector | undefined): string {
  if (s === undefined) return '<none>';
  const parts = Object.keys(s.matchLabels ?? {}).sort().map((k) => `${k}=${s.matchLabels?.[k] ?? ''}`);
  for (const e of s.matchExpressions ?? []) {
    const values = [...(e.values ?? [])].sort().join(',');
    if (e.operator === 'In') parts.push(`${e.key} in (${values})`);
    else if (e.operator === 'NotIn') parts.push(`${e.key} notin (${values})`);
    else if (e.operator === 'Exists') parts.push(e.key);
    else if (e.operator === 'DoesNotExist') parts.push(`!${e.key}`);
  }
  return parts.length === 0 ? '<none>' : parts.join(',');
}

export function podTemplateBlock(t: PodTemplateSpec | undefined): string {
  let out = 'Pod Template:\n';
  out += labelsBlock('Labels', t?.metadata?.labels, '  ');
  if (Object.keys(t?.metadata?.annotations ?? {}).length > 0) out += annotationsBlock('Annotations', t?.metadata?.annotations, '  ');
  const spec = t?.spec;
  if (spec?.serviceAccountName) out += `  Service Account:\t${spec.serviceAccountName}\n`;
  if ((spec?.initContainers ?? []).length > 0) out += containersBlock('Init Containers', spec?.initContainers ?? []);
  out += containersBlock('Containers', spec?.containers ?? []);
  out += (spec?.volumes ?? []).length === 0 ? '  Volumes:\t<none>\n' : `  Volumes:\n${(spec?.volumes ?? []).map((v) => `   ${v.name}:\n`).join('')}`;
  if (spec?.priorityClassName) out += `  Priority Class Name:\t${spec.priorityClassName}\n`;
  out += labelsBlock('Node-Selectors', spec?.nodeSelector, '  ');
  const tolerations = (spec?.tolerations ?? []).map((x) => `${x.key ?? ''}${x.operator === 'Exists' ? ' op=Exists' : x.value ? `=${x.value}` : ''}${x.effect ? `:${x.effect}` : ''}`);
  out += tolerations.length === 0 ? '  Tolerations:\t<none>\n' : tolerations.map((x, i) => `${i === 0 ? '  Tolerations:\t' : '\t'}${x}\n`).join('');
  return out;
}

type Container = NonNullable<PodTemplateSpec['spec']>['containers'][number];

function containersBlock(label: string, containers: readonly Container[]): string {
  if (containers.length === 0) return `  ${label}: <none>\n`;
  let out = `  ${label}:\n`;
  for (const c of containers) {
    out += `   ${c.name}:\n    Image:\t${c.image ?? ''}\n`;
    const ports = (c.ports ?? []).map((p) => `${p.containerPort}/${p.protocol ?? 'TCP'}`).join(', ');
    const hostPorts = (c.ports ?? []).map((p) => `${p.hostPort ?? 0}/${p.protocol ?? 'TCP'}`).join(', ');
    out += ports.includes(',') ? `    Ports:\t${ports}\n` : `    Port:\t${ports || '<none>'}\n`;
    out += hostPorts.includes(',') ? `    Host Ports:\t${hostPorts}\n` : `    Host Port:\t${hostPorts || '<none>'}\n`;
    if ((c.command ?? []).length > 0) out += `    Command:\n${(c.command ?? []).map((x) => `      ${x}\n`).join('')}`;
    if ((c.args ?? []).length > 0) out += `    Args:\n${(c.args ?? []).map((x) => `      ${x}\n`).join('')}`;
    for (const [title, list] of [['Limits', c.resources?.limits], ['Requests', c.resources?.requests]] as const) {
      const names = Object.keys(list ?? {}).sort();
      if (names.length > 0) out += `    ${title}:\n${names.map((n) => `      ${n}:\t${String(list?.[n] ?? '')}\n`).join('')}`;
    }
    const env = c.env ?? [];
    out += env.length === 0 ? '    Environment:\t<none>\n' : `    Environment:\n${env.map((e) => `      ${e.name}:\t${e.value ?? ''}\n`).join('')}`;
    const mounts = c.volumeMounts ?? [];
    out += mounts.length === 0 ? '    Mounts:\t<none>\n' : `    Mounts:\n${mounts.map((m) => `      ${m.mountPath} from ${m.name} (${m.readOnly ? 'ro' : 'rw'})\n`).join('')}`;
  }
  return out;
}

export function conditionsBlock(conditions: readonly { type: string; status: string; reason?: string }[] | undefined): string {
  if (!conditions || conditions.length === 0) return '';
  return `Conditions:\n  Type\tStatus\tReason\n  ----\t------\t------\n${conditions.map((c) => `  ${c.type} \t${c.status}\t${c.reason ?? ''}\n`).join('')}`;
}

const timeOf = (ts: string | undefined): number | undefined => (ts ? parseTimestamp(ts) : undefined);
const since = (ts: string | undefined, nowMs: number): string => { const t = timeOf(ts); return t === undefined ? '<unknown>' : humanDuration(nowMs - t); };

/** The Events section (flushed separately by the caller, as DescribeEvents calls w.Flush()). */
export function eventsBlock(events: readonly Event[], nowMs: number): string {
  if (events.length === 0) return 'Events:\t<none>\n';
  // SortableEvents orders by lastTimestamp; equal times keep the listing order (a stable sort).
  const sorted = [...events].sort((a, b) => (timeOf(a.lastTimestamp) ?? 0) - (timeOf(b.lastTimestamp) ?? 0));
  let out = 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n  ----\t------\t----\t----\t-------\n';
  for (const e of sorted) {
    const first = since(e.firstTimestamp, nowMs);
    const interval = (e.count ?? 1) > 1 ? `${since(e.lastTimestamp, nowMs)} (x${e.count ?? 1} over ${first})` : first;
    out += `  ${e.type ?? ''}\t${e.reason ?? ''}\t${interval}\t${e.source?.component ?? e.reportingComponent ?? ''}\t${(e.message ?? '').trim()}\n`;
  }
  return out;
}

/**
 * A describe text aligned, then its Events section: DescribeEvents flushes the tab writer before
 * the table, so the two align apart; with no events, "Events: <none>" aligns with the text above.
 */
export function withEvents(text: string, events: readonly Event[], nowMs: number): string {
  if (events.length === 0) return tabwriteText(text + eventsBlock(events, nowMs), DESCRIBE_SETTINGS);
  return tabwriteText(text, DESCRIBE_SETTINGS) + tabwriteText(eventsBlock(events, nowMs), DESCRIBE_SETTINGS);
}
