// Named table cases through defaults then validate(kind, obj, old?), asserting the exact aggregate
// text Kubernetes renders for valid objects, bad input across kinds, and updates.
import { describe, it } from 'node:test';
import { expect } from 'expect';
import { parse } from 'yaml';
import { applyDefaultsForKind } from '../defaults/defaulters.ts';
import { aggregateMessage } from './field-error.ts';
import { isClusterScopedKind, validate, type ValidatedObject } from './validate.ts';

/** Defaults then validates, as the request pipeline does, and renders the aggregate message. */
function check(yaml: string, oldYaml?: string): string {
  const prep = (y: string): ValidatedObject => {
    const o = parse(y) as ValidatedObject;
    if (!isClusterScopedKind(o.kind)) o.metadata = { namespace: 'default', ...o.metadata };
    applyDefaultsForKind(o.kind, o);
    return o;
  };
  const obj = prep(yaml);
  return aggregateMessage(validate(obj.kind, obj, oldYaml === undefined ? undefined : prep(oldYaml)));
}

const deploy = (spec: string, name = 'web'): string => `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ${name}}\nspec:\n${spec}`;
const tmpl = (containers = '      - name: app\n        image: nginx\n', labels = '{app: web}'): string =>
  `  template:\n    metadata:\n      labels: ${labels}\n    spec:\n      containers:\n${containers}`;
const sel = '  selector: {matchLabels: {app: web}}\n';
const pod = (containers: string, extra = ''): string => `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n${extra}  containers:\n${containers}`;
const LABEL_MSG = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const SUBDOMAIN_MSG = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

describe('validate: valid objects pass', () => {
  const cases: Array<[string, string]> = [
    ['deployment', deploy(sel + tmpl())],
    ['pod with probes', pod('  - name: app\n    image: nginx\n    livenessProbe: {httpGet: {port: 80}}\n    readinessProbe: {tcpSocket: {port: http}}\n    ports: [{name: http, containerPort: 80}]\n')],
    ['service', 'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: {selector: {app: web}, ports: [{port: 80}]}\n'],
    ['job', 'apiVersion: batch/v1\nkind: Job\nmetadata: {name: j, uid: u-1}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [{name: a, image: busybox}]\n'],
    ['configmap', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a.b: x, C_D: y}\n'],
    ['namespace', 'apiVersion: v1\nkind: Namespace\nmetadata: {name: team-a}\n'],
    ['limitrange', 'apiVersion: v1\nkind: LimitRange\nmetadata: {name: l}\nspec:\n  limits:\n  - type: Container\n    default: {cpu: 500m}\n    defaultRequest: {cpu: 100m}\n'],
  ];
  for (const [name, yaml] of cases) it(name, () => expect(check(yaml)).toBe(''));
});

describe('validate: bad input is worded like Kubernetes', () => {
  const cases: Array<[string, string, string]> = [
    ['negative replicas', deploy(`  replicas: -1\n${sel}${tmpl()}`), 'spec.replicas: Invalid value: -1: must be greater than or equal to 0'],
    ['selector does not match template', deploy(sel + tmpl(undefined, '{app: api}')),
      'spec.template.metadata.labels: Invalid value: map[string]string{"app":"api"}: `selector` does not match template `labels`'],
    ['missing selector', deploy(tmpl()),
      '[spec.selector: Required value, spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`]'],
    ['maxSurge and maxUnavailable both 0', deploy(`${sel}  strategy: {rollingUpdate: {maxSurge: 0, maxUnavailable: 0}}\n${tmpl()}`),
      'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0'],
    ['bad deployment name', deploy(sel + tmpl(), 'Web'), `metadata.name: Invalid value: "Web": ${SUBDOMAIN_MSG}`],
    ['missing name', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {}\n', 'metadata.name: Required value: name or generateName is required'],
    ['no containers', 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: []}\n', 'spec.containers: Required value'],
    ['duplicate container names', pod('  - {name: app, image: a}\n  - {name: app, image: b}\n'), 'spec.containers[1].name: Duplicate value: "app"'],
    ['container name not a DNS label', pod('  - {name: App, image: a}\n'), `spec.containers[0].name: Invalid value: "App": ${LABEL_MSG}`],
    ['missing image', pod('  - {name: app}\n'), 'spec.containers[0].image: Required value'],
    ['bad pull policy', pod('  - {name: app, image: a, imagePullPolicy: Foo}\n'),
      'spec.containers[0].imagePullPolicy: Unsupported value: "Foo": supported values: "Always", "IfNotPresent", "Never"'],
    ['probe without handler', pod('  - {name: app, image: a, livenessProbe: {periodSeconds: 5}}\n'),
      'spec.containers[0].livenessProbe: Required value: must specify a handler type'],
    ['probe with two handlers', pod('  - {name: app, image: a, readinessProbe: {exec: {command: [true]}, httpGet: {port: 80}}}\n'),
      'spec.containers[0].readinessProbe.httpGet: Forbidden: may not specify more than 1 handler type'],
    ['liveness successThreshold', pod('  - {name: app, image: a, livenessProbe: {tcpSocket: {port: 80}, successThreshold: 2}}\n'),
      'spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1'],
    ['bad restart policy', pod('  - {name: app, image: a}\n', '  restartPolicy: Sometimes\n'),
      'spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"'],
    ['requests above limits', pod('  - {name: app, image: a, resources: {requests: {cpu: "1"}, limits: {cpu: 500m}}}\n'),
      'spec.containers[0].resources.requests: Invalid value: "1": must be less than or equal to cpu limit of 500m'],
    ['port out of range', pod('  - {name: app, image: a, ports: [{containerPort: 70000}]}\n'),
      'spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive'],
    ['job defaults to restartPolicy Always', 'apiVersion: batch/v1\nkind: Job\nmetadata: {name: j, uid: u-1}\nspec:\n  template:\n    spec:\n      containers: [{name: a, image: busybox}]\n',
      'spec.template.spec.restartPolicy: Unsupported value: "Always": supported values: "OnFailure", "Never"'],
    ['service duplicate port', 'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: {ports: [{name: a, port: 80}, {name: b, port: 80}]}\n',
      'spec.ports[1]: Duplicate value: core.ServicePort{Name:"", Protocol:"TCP", AppProtocol:(*string)(nil), Port:80, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}'],
    ['service without ports', 'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: {selector: {app: web}}\n', 'spec.ports: Required value'],
    ['service name must be DNS-1035', 'apiVersion: v1\nkind: Service\nmetadata: {name: 1web}\nspec: {ports: [{port: 80}]}\n',
      "metadata.name: Invalid value: \"1web\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')"],
    ['configmap key', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {"a b": x}\n',
      "data[a b]: Invalid value: \"a b\": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')"],
    ['empty configmap key', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {"": x}\n',
      "data[]: Invalid value: \"\": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')"],
    ['bad label value', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, labels: {app: "my app"}}\n',
      "metadata.labels: Invalid value: \"my app\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"],
    ['quota resource name', 'apiVersion: v1\nkind: ResourceQuota\nmetadata: {name: q}\nspec: {hard: {cpus: "2"}}\n',
      'spec.hard[cpus]: Invalid value: "cpus": must be a standard resource for quota'],
    ['limitrange min above max', 'apiVersion: v1\nkind: LimitRange\nmetadata: {name: l}\nspec:\n  limits:\n  - type: Container\n    min: {cpu: "2"}\n    max: {cpu: "1"}\n',
      // defaulting first copies max into default and defaultRequest, so those are below min too
      '[spec.limits[0].min[cpu]: Invalid value: 2: min value 2 is greater than max value 1, spec.limits[0].defaultRequest[cpu]: Invalid value: 1: min value 2 is greater than default request value 1, spec.limits[0].default[cpu]: Invalid value: 2: min value 2 is greater than default value 1]'],
    ['cronjob schedule', 'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: c}\nspec:\n  schedule: "61 * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers: [{name: a, image: busybox}]\n',
      'spec.schedule: Invalid value: "61 * * * *": end of range (61) above maximum (59): 61'],
    ['cronjob name length', `apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: ${'c'.repeat(53)}}\nspec:\n  schedule: "@daily"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: Never\n          containers: [{name: a, image: busybox}]\n`,
      `metadata.name: Invalid value: "${'c'.repeat(53)}": must be no more than 52 characters`],
    ['pdb with both bounds', 'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: b}\nspec: {minAvailable: 1, maxUnavailable: 1, selector: {matchLabels: {app: web}}}\n',
      'spec: Invalid value: policy.PodDisruptionBudgetSpec{...}: minAvailable and maxUnavailable cannot be both set'],
    ['pdb percent over 100', 'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: b}\nspec: {maxUnavailable: 150%, selector: {matchLabels: {app: web}}}\n',
      'spec.maxUnavailable: Invalid value: 150%: must not be greater than 100%'],
    ['hpa max below min', 'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: h}\nspec: {minReplicas: 3, maxReplicas: 2, scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}}\n',
      'spec.maxReplicas: Invalid value: 2: must be greater than or equal to `minReplicas`'],
    ['namespace name', 'apiVersion: v1\nkind: Namespace\nmetadata: {name: Team}\n', `metadata.name: Invalid value: "Team": ${LABEL_MSG}`],
  ];
  for (const [name, yaml, want] of cases) it(name, () => expect(check(yaml)).toBe(want));
});

describe('validate: updates', () => {
  it('the selector is immutable', () => {
    const next = deploy(`  selector: {matchLabels: {app: api}}\n${tmpl(undefined, '{app: api}')}`);
    expect(check(next, deploy(sel + tmpl()))).toBe(
      'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"api"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable');
  });
  it('scaling is allowed', () => {
    expect(check(deploy(`  replicas: 5\n${sel}${tmpl()}`), deploy(sel + tmpl()))).toBe('');
  });
  it('secret type is immutable', () => {
    expect(check('apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ntype: Foo\n', 'apiVersion: v1\nkind: Secret\nmetadata: {name: s}\n'))
      .toBe('type: Invalid value: "Foo": field is immutable');
  });
  it('a job template is immutable', () => {
    const job = (image: string): string => `apiVersion: batch/v1\nkind: Job\nmetadata: {name: j, uid: u-1}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [{name: a, image: ${image}}]\n`;
    const prepOld = job('busybox');
    expect(check(job('alpine'), prepOld)).toContain('spec.template: Invalid value: core.PodTemplateSpec{...}: field is immutable');
  });
  it('pod spec changes other than image are forbidden', () => {
    expect(check(pod('  - {name: app, image: a}\n', '  restartPolicy: Never\n'), pod('  - {name: app, image: a}\n'))).toMatch(/^spec: Forbidden: pod updates may not change fields other than/);
  });
});

describe('validate: ReplicationController (ValidateReplicationController)', () => {
  const rc = (spec: string): string => `apiVersion: v1\nkind: ReplicationController\nmetadata: {name: rc}\nspec:\n${spec}`;
  const rcTmpl = (labels = '{app: rc}', extra = ''): string =>
    `  template:\n    metadata:\n      labels: ${labels}\n    spec:\n${extra}      containers: [{name: c, image: nginx}]\n`;
  const cases: Array<[string, string, string]> = [
    ['selector defaulted from the template labels', rc(rcTmpl()), ''],
    ['negative replicas', rc(`  replicas: -1\n${rcTmpl()}`), 'spec.replicas: Invalid value: -1: must be greater than or equal to 0'],
    ['negative minReadySeconds first', rc(`  replicas: -1\n  minReadySeconds: -2\n${rcTmpl()}`),
      '[spec.minReadySeconds: Invalid value: -2: must be greater than or equal to 0, spec.replicas: Invalid value: -1: must be greater than or equal to 0]'],
    ['selector does not match template', rc(`  selector: {app: other}\n${rcTmpl()}`),
      'spec.template.metadata.labels: Invalid value: map[string]string{"app":"rc"}: `selector` does not match template `labels`'],
    ['no template and no selector', rc('  replicas: 1\n'), '[spec.selector: Required value, spec.template: Required value]'],
    ['restartPolicy must be Always', rc(rcTmpl(undefined, '      restartPolicy: OnFailure\n')),
      'spec.template.spec.restartPolicy: Unsupported value: "OnFailure": supported values: "Always"'],
    ['activeDeadlineSeconds is forbidden', rc(rcTmpl(undefined, '      activeDeadlineSeconds: 5\n')),
      'spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in ReplicationController is not Supported'],
  ];
  for (const [name, yaml, want] of cases) it(name, () => expect(check(yaml)).toBe(want));
  it('the selector of an RC may change', () => {
    expect(check(rc(`  selector: {app: rc, v: '2'}\n${rcTmpl("{app: rc, v: '2'}")}`), rc(rcTmpl()))).toBe('');
  });
});
