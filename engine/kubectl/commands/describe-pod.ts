// `kubectl describe pod NAME`, worded and aligned as kubectl 1.32 prints it.
// Models staging/src/k8s.io/kubectl/pkg/describe/describe.go → describePod, describeContainers
// (describeContainerBasicInfo, describeContainerState / describeStatus, describeContainerProbe /
// DescribeProbe, describeContainerEnvVars, describeContainerVolumes), describePodIPs,
// printPodTolerationsMultiline and DescribeEvents; QoS from status.qosClass (qos.GetPodQOS).
// Left out: volume sources other than emptyDir/secret/configMap/projected, envFrom, readiness gates, topology spread, seccomp, resources.
import type { Container, ContainerState, ContainerStatus, Pod, Probe, Toleration, Volume } from 'kubernetes-types/core/v1.js';
import type { KubectlContext } from '../kubectl-context.ts';
import { eventsFor } from './describe-deployment.ts';
import { annotationsBlock, labelsBlock, withEvents } from './describe-sections.ts';
import { formatRfc1123z } from './describe-time.ts';

/** DescribeProbe. */
export function describeProbe(p: Probe): string {
  const attrs = `delay=${p.initialDelaySeconds ?? 0}s timeout=${p.timeoutSeconds ?? 0}s period=${p.periodSeconds ?? 0}s #success=${p.successThreshold ?? 0} #failure=${p.failureThreshold ?? 0}`;
  if (p.exec) return `exec [${(p.exec.command ?? []).join(' ')}] ${attrs}`;
  if (p.httpGet) {
    const port = String(p.httpGet.port);
    const host = p.httpGet.host ?? '';
    const hostPort = host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
    return `http-get ${(p.httpGet.scheme ?? '').toLowerCase()}://${hostPort}${p.httpGet.path ?? ''} ${attrs}`;
  }
  if (p.tcpSocket) return `tcp-socket ${p.tcpSocket.host ?? ''}:${String(p.tcpSocket.port)} ${attrs}`;
  if (p.grpc) return `grpc <pod>:${p.grpc.port} ${p.grpc.service ?? ''} ${attrs}`;
  return `unknown ${attrs}`;
}

/** describeStatus. */
function stateBlock(title: string, state: ContainerState | undefined): string {
  if (state?.running) return `    ${title}:\tRunning\n      Started:\t${formatRfc1123z(state.running.startedAt)}\n`;
  if (state?.terminated) {
    const t = state.terminated;
    let out = `    ${title}:\tTerminated\n`;
    if (t.reason) out += `      Reason:\t${t.reason}\n`;
    if (t.message) out += `      Message:\t${t.message}\n`;
    out += `      Exit Code:\t${t.exitCode}\n`;
    if ((t.signal ?? 0) > 0) out += `      Signal:\t${t.signal ?? 0}\n`;
    return `${out}      Started:\t${formatRfc1123z(t.startedAt)}\n      Finished:\t${formatRfc1123z(t.finishedAt)}\n`;
  }
  return `    ${title}:\tWaiting\n${state?.waiting?.reason ? `      Reason:\t${state.waiting.reason}\n` : ''}`;
}

function containerBlock(c: Container, status: ContainerStatus | undefined): string {
  let out = `  ${c.name}:\n`;
  if (status) out += `    Container ID:\t${status.containerID ?? ''}\n`;
  out += `    Image:\t${c.image ?? ''}\n`;
  if (status) out += `    Image ID:\t${status.imageID}\n`;
  const ports = (c.ports ?? []).map((p) => `${p.containerPort}/${p.protocol ?? 'TCP'}`).join(', ');
  const hostPorts = (c.ports ?? []).map((p) => `${p.hostPort ?? 0}/${p.protocol ?? 'TCP'}`).join(', ');
  out += ports.includes(',') ? `    Ports:\t${ports}\n` : `    Port:\t${ports || '<none>'}\n`;
  out += hostPorts.includes(',') ? `    Host Ports:\t${hostPorts}\n` : `    Host Port:\t${hostPorts || '<none>'}\n`;
  if ((c.command ?? []).length > 0) out += `    Command:\n${(c.command ?? []).flatMap((x) => x.split('\n')).map((x) => `      ${x}\n`).join('')}`;
  if ((c.args ?? []).length > 0) out += `    Args:\n${(c.args ?? []).flatMap((x) => x.split('\n')).map((x) => `      ${x}\n`).join('')}`;
  if (status) {
    out += stateBlock('State', status.state);
    if (status.lastState?.terminated) out += stateBlock('Last State', status.lastState);
    out += `    Ready:\t${status.ready ? 'True' : 'False'}\n    Restart Count:\t${status.restartCount}\n`;
  }
  for (const [title, list] of [['Limits', c.resources?.limits], ['Requests', c.resources?.requests]] as const) {
    const names = Object.keys(list ?? {}).sort();
    if (names.length > 0) out += `    ${title}:\n${names.map((n) => `      ${n}:\t${String(list?.[n] ?? '')}\n`).join('')}`;
  }
  if (c.livenessProbe) out += `    Liveness:\t${describeProbe(c.livenessProbe)}\n`;
  if (c.readinessProbe) out += `    Readiness:\t${describeProbe(c.readinessProbe)}\n`;
  if (c.startupProbe) out += `    Startup:\t${describeProbe(c.startupProbe)}\n`;
  const env = c.env ?? [];
  out += env.length === 0 ? '    Environment:\t<none>\n' : `    Environment:\n${env.map((e) => `      ${e.name}:\t${e.value ?? ''}\n`).join('')}`;
  const mounts = [...(c.volumeMounts ?? [])].sort((a, b) => (a.mountPath < b.mountPath ? -1 : a.mountPath > b.mountPath ? 1 : 0));
  out += mounts.length === 0 ? '    Mounts:\t<none>\n' : `    Mounts:\n${mounts.map((m) => `      ${m.mountPath} from ${m.name} (${m.readOnly ? 'ro' : 'rw'})\n`).join('')}`;
  return out;
}

function containersBlock(label: string, containers: readonly Container[], statuses: readonly ContainerStatus[] | undefined): string {
  return `${label}:${containers.length === 0 ? ' <none>' : ''}\n${containers.map((c) => containerBlock(c, statuses?.find((s) => s.name === c.name))).join('')}`;
}

/** describeVolumes for the sources the simulation uses (print*VolumeSource); others print <unknown>. */
export function volumesBlock(volumes: readonly Volume[] | undefined): string {
  if ((volumes ?? []).length === 0) return 'Volumes:\t<none>\n';
  return `Volumes:\n${(volumes ?? []).map((v) => `  ${v.name}:\n${volumeSource(v)}`).join('')}`;
}

function volumeSource(v: Volume): string {
  if (v.emptyDir) return `    Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t${v.emptyDir.medium ?? ''}\n    SizeLimit:\t${v.emptyDir.sizeLimit ?? '<unset>'}\n`;
  if (v.secret) return `    Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t${v.secret.secretName ?? ''}\n    Optional:\t${v.secret.optional === true}\n`;
  if (v.configMap) return `    Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t${v.configMap.name ?? ''}\n    Optional:\t${v.configMap.optional === true}\n`;
  if (v.projected) {
    let out = '    Type:\tProjected (a volume that contains injected data from multiple sources)\n';
    for (const src of v.projected.sources ?? []) {
      if (src.secret) out += `    SecretName:\t${src.secret.name ?? ''}\n    Optional:\t${src.secret.optional === true}\n`;
      else if (src.downwardAPI) out += '    DownwardAPI:\ttrue\n';
      else if (src.configMap) out += `    ConfigMapName:\t${src.configMap.name ?? ''}\n    Optional:\t${src.configMap.optional === true}\n`;
      else if (src.serviceAccountToken) out += `    TokenExpirationSeconds:\t${src.serviceAccountToken.expirationSeconds ?? 0}\n`;
    }
    return out;
  }
  return '    <unknown>\n';
}

/** printTolerationsMultilineWithIndent (sorted by key). */
export function tolerationsBlock(tolerations: readonly Toleration[] | undefined): string {
  const list = [...(tolerations ?? [])].sort((a, b) => ((a.key ?? '') < (b.key ?? '') ? -1 : (a.key ?? '') > (b.key ?? '') ? 1 : 0));
  if (list.length === 0) return 'Tolerations:\t<none>\n';
  return list.map((t, i) => {
    let s = `${i === 0 ? 'Tolerations:\t' : '\t'}${t.key ?? ''}${t.value ? `=${t.value}` : ''}${t.effect ? `:${t.effect}` : ''}`;
    if (t.operator === 'Exists' && !t.value) s += t.key || t.effect ? ' op=Exists' : 'op=Exists';
    if (t.tolerationSeconds !== undefined) s += ` for ${t.tolerationSeconds}s`;
    return `${s}\n`;
  }).join('');
}

export function describePod(ctx: KubectlContext, pod: Pod): string {
  const spec = pod.spec;
  const status = pod.status ?? {};
  const meta = pod.metadata ?? {};
  let text = `Name:\t${meta.name ?? ''}\nNamespace:\t${meta.namespace ?? ''}\n`;
  if (spec?.priority !== undefined) text += `Priority:\t${spec.priority}\n`;
  if (spec?.priorityClassName) text += `Priority Class Name:\t${spec.priorityClassName}\n`;
  if (spec?.serviceAccountName) text += `Service Account:\t${spec.serviceAccountName}\n`;
  text += spec?.nodeName ? `Node:\t${spec.nodeName}/${status.hostIP ?? ''}\n` : 'Node:\t<none>\n';
  if (status.startTime) text += `Start Time:\t${formatRfc1123z(status.startTime)}\n`;
  text += labelsBlock('Labels', meta.labels) + annotationsBlock('Annotations', meta.annotations);
  text += `Status:\t${status.phase ?? ''}\n`;
  if (status.reason) text += `Reason:\t${status.reason}\n`;
  if (status.message) text += `Message:\t${status.message}\n`;
  text += `IP:\t${status.podIP ?? ''}\n`;
  text += (status.podIPs ?? []).length === 0 ? 'IPs:\t<none>\n' : `IPs:\n${(status.podIPs ?? []).map((ip) => `  IP:\t${ip.ip ?? ''}\n`).join('')}`;
  const controller = meta.ownerReferences?.find((r) => r.controller === true);
  if (controller) text += `Controlled By:\t${controller.kind}/${controller.name}\n`;
  if (status.nominatedNodeName) text += `NominatedNodeName:\t${status.nominatedNodeName}\n`;
  if ((spec?.initContainers ?? []).length > 0) text += containersBlock('Init Containers', spec?.initContainers ?? [], status.initContainerStatuses);
  text += containersBlock('Containers', spec?.containers ?? [], status.containerStatuses);
  if ((status.conditions ?? []).length > 0) text += `Conditions:\n  Type\tStatus\n${(status.conditions ?? []).map((c) => `  ${c.type} \t${c.status} \n`).join('')}`;
  text += volumesBlock(spec?.volumes);
  text += `QoS Class:\t${status.qosClass ?? 'BestEffort'}\n`;
  text += labelsBlock('Node-Selectors', spec?.nodeSelector) + tolerationsBlock(spec?.tolerations);
  const events = eventsFor(ctx, meta.uid, meta.namespace ?? 'default');
  return withEvents(text, events, ctx.nowMs());
}
