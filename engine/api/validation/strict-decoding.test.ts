// Strict decoding against the client-node models: the seeds' defaulyRequest typo, unknown fields in
// document order, Go type-mismatch wording, custom unmarshalers, and kind → model mapping.
import { describe, it } from 'node:test';
import { expect } from 'expect';
import { parse } from 'yaml';
import { decodeErrorMessage, strictDecode } from './strict-decoding.ts';
import { modelNameFor } from './kind-models.ts';

const limitRangeTypo = parse(`
apiVersion: v1
kind: LimitRange
metadata:
  name: defaults
spec:
  limits:
  - type: Container
    defaulyRequest:
      cpu: 100m
`);

const deployment = (spec: string): unknown => parse(`
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
${spec}`);

describe('strictDecode: unknown fields', () => {
  it("rejects the seeds' LimitRange typo exactly", () => {
    expect(strictDecode(limitRangeTypo)?.message).toBe('strict decoding error: unknown field "spec.limits[0].defaulyRequest"');
  });
  it('wraps like transformDecodeError', () => {
    const err = strictDecode(limitRangeTypo);
    expect(err && decodeErrorMessage('v1', 'LimitRange', err)).toBe(
      'LimitRange in version "v1" cannot be handled as a LimitRange: strict decoding error: unknown field "spec.limits[0].defaulyRequest"');
  });
  it('lists several unknown fields in document order', () => {
    const obj = deployment('  replica: 3\n  template:\n    spec:\n      containers:\n      - name: a\n        imag: x\n');
    expect(strictDecode(obj)?.message).toBe('strict decoding error: unknown field "spec.replica", unknown field "spec.template.spec.containers[0].imag"');
  });
  it('accepts a valid manifest', () => {
    expect(strictDecode(deployment('  replicas: 3\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: a\n        image: nginx\n        resources:\n          limits: {cpu: 1, memory: 1Gi}\n'))).toBeUndefined();
  });
  it('unknown metadata fields', () => {
    expect(strictDecode({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a', labelz: {} } })?.message)
      .toBe('strict decoding error: unknown field "metadata.labelz"');
  });
  it('is case-sensitive', () => {
    expect(strictDecode(deployment('  Replicas: 3\n'))?.message).toBe('strict decoding error: unknown field "spec.Replicas"');
  });
  it('leaves kinds without a model alone', () => {
    expect(strictDecode({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'a' }, foo: 1 })).toBeUndefined();
  });
});

describe('strictDecode: type mismatches', () => {
  const cases: Array<[string, unknown, string]> = [
    ['string into int32', deployment('  replicas: "3"\n'), 'json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32'],
    ['bool into an env value', deployment('  template:\n    spec:\n      containers:\n      - name: a\n        env:\n        - name: X\n          value: true\n'),
      'json: cannot unmarshal bool into Go struct field EnvVar.spec.template.spec.containers.env.value of type string'],
    ['number label value', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a', labels: { version: 1 } } },
      'json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string'],
    ['fractional replicas', deployment('  replicas: 1.5\n'), 'json: cannot unmarshal number 1.5 into Go struct field DeploymentSpec.spec.replicas of type int32'],
    ['object into a string', deployment('  template:\n    spec:\n      containers:\n      - name: {a: 1}\n'),
      'json: cannot unmarshal object into Go struct field Container.spec.template.spec.containers.name of type string'],
    ['string into a list', deployment('  template:\n    spec:\n      containers: nginx\n'),
      'json: cannot unmarshal string into Go struct field PodSpec.spec.template.spec.containers of type []v1.Container'],
    ['typed string', deployment('  template:\n    spec:\n      restartPolicy: 1\n'),
      'json: cannot unmarshal number into Go struct field PodSpec.spec.template.spec.restartPolicy of type v1.RestartPolicy'],
    ['bool into IntOrString', deployment('  strategy:\n    rollingUpdate:\n      maxSurge: true\n'),
      'json: cannot unmarshal bool into Go struct field RollingUpdateDeployment.spec.strategy.rollingUpdate.maxSurge of type int32'],
    ['bad quantity', deployment('  template:\n    spec:\n      containers:\n      - name: a\n        resources:\n          limits: {cpu: 2 cpus}\n'),
      "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"],
    ['bad quantity suffix', deployment('  template:\n    spec:\n      containers:\n      - name: a\n        resources:\n          limits: {memory: 1Mm}\n'),
      "unable to parse quantity's suffix"],
    ['bad secret data', { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, data: { k: 'abc!' } }, 'illegal base64 data at input byte 3'],
    ['bad timestamp', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a', creationTimestamp: 'yesterday' } },
      'parsing time "yesterday" as "2006-01-02T15:04:05Z07:00": cannot parse "yesterday" as "2006"'],
  ];
  for (const [name, obj, want] of cases) it(name, () => expect(strictDecode(obj)?.message).toBe(want));

  it('a type error hides unknown fields', () => {
    expect(strictDecode(deployment('  replicas: "3"\n  bogus: 1\n'))?.reason).toBe('type');
  });
  it('the first type error wins', () => {
    expect(strictDecode(deployment('  replicas: "3"\n  minReadySeconds: "x"\n'))?.message).toContain('spec.replicas');
  });
});

describe('modelNameFor', () => {
  const cases: Array<[string, string, string]> = [
    ['apps/v1', 'Deployment', 'V1Deployment'],
    ['policy/v1', 'PodDisruptionBudget', 'V1PodDisruptionBudget'],
    ['autoscaling/v2', 'HorizontalPodAutoscaler', 'V2HorizontalPodAutoscaler'],
    ['events.k8s.io/v1', 'Event', 'EventsV1Event'],
    ['v1', 'Event', 'CoreV1Event'],
    ['v1', 'Pod', 'V1Pod'],
    ['batch/v1', 'CronJob', 'V1CronJob'],
  ];
  for (const [apiVersion, kind, want] of cases) it(`${apiVersion} ${kind}`, () => expect(modelNameFor(apiVersion, kind)).toBe(want));
});
