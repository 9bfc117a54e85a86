// Golden tests: a minimal manifest in, the exact defaulted object out (what `kubectl get -o yaml`
// shows on 1.33, reasoned from defaults.go), and idempotence as a property.
import { describe, it } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { parse } from 'yaml';
import { applyDefaultsForKind } from './defaulters.ts';
import { clone } from '../../apimachinery/object.ts';

type Obj = { apiVersion: string; kind: string; [field: string]: unknown };
const defaulted = (yaml: string): Obj => {
  const obj = parse(yaml) as Obj;
  applyDefaultsForKind(obj.kind, obj);
  return obj;
};

/** What `kubectl get -o yaml` shows for a bare `nginx` container in a template (defaults.go). */
const container = { name: 'app', image: 'nginx:1.27', imagePullPolicy: 'IfNotPresent', terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File', resources: {} };
const templateSpec = { containers: [container], dnsPolicy: 'ClusterFirst', restartPolicy: 'Always', securityContext: {}, terminationGracePeriodSeconds: 30, schedulerName: 'default-scheduler' };
const template = `  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: app\n        image: nginx:1.27\n`;

describe('golden: minimal manifest in, defaulted object out', () => {
  it('Pod', () => {
    expect(defaulted(`apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: app\n    image: nginx\n    ports: [{containerPort: 80}]\n    resources: {limits: {cpu: 500m}}\n    readinessProbe: {httpGet: {port: 80}}\n`)).toEqual({
      apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' },
      spec: {
        containers: [{
          name: 'app', image: 'nginx', imagePullPolicy: 'Always', terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File',
          ports: [{ containerPort: 80, protocol: 'TCP' }],
          resources: { limits: { cpu: '500m' }, requests: { cpu: '500m' } },
          readinessProbe: { httpGet: { port: 80, path: '/', scheme: 'HTTP' }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 },
        }],
        enableServiceLinks: true, dnsPolicy: 'ClusterFirst', restartPolicy: 'Always', securityContext: {},
        terminationGracePeriodSeconds: 30, schedulerName: 'default-scheduler',
      },
    });
  });
  it('Deployment', () => {
    expect(defaulted(`apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  selector: {matchLabels: {app: web}}\n${template}`).spec).toEqual({
      replicas: 1, selector: { matchLabels: { app: 'web' } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } },
      revisionHistoryLimit: 10, progressDeadlineSeconds: 600,
      template: { metadata: { labels: { app: 'web' } }, spec: templateSpec },
    });
  });
  it('Deployment with Recreate gets no rollingUpdate', () => {
    const spec = defaulted(`apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  strategy: {type: Recreate}\n${template}`).spec as { strategy: unknown };
    expect(spec.strategy).toEqual({ type: 'Recreate' });
  });
  it('ReplicaSet', () => {
    expect((defaulted(`apiVersion: apps/v1\nkind: ReplicaSet\nmetadata: {name: web}\nspec:\n${template}`).spec as { replicas: number }).replicas).toBe(1);
  });
  it('DaemonSet', () => {
    const spec = defaulted(`apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: d}\nspec:\n${template}`).spec as Record<string, unknown>;
    expect(spec.updateStrategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } });
    expect(spec.revisionHistoryLimit).toBe(10);
  });
  it('StatefulSet', () => {
    const spec = defaulted(`apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: s}\nspec:\n  serviceName: s\n${template}`).spec as Record<string, unknown>;
    expect({ ...spec, template: undefined }).toEqual({
      serviceName: 's', template: undefined, podManagementPolicy: 'OrderedReady', replicas: 1, revisionHistoryLimit: 10,
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } },
      persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' },
    });
  });
  it('Job', () => {
    const job = defaulted(`apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n${template}`);
    expect({ ...(job.spec as object), template: undefined }).toEqual({
      template: undefined, completions: 1, parallelism: 1, backoffLimit: 6, completionMode: 'NonIndexed', suspend: false, podReplacementPolicy: 'TerminatingOrFailed',
    });
    expect(job.metadata).toEqual({ name: 'j', labels: { app: 'web' } });
  });
  it('Job with only completions keeps completions and defaults parallelism', () => {
    const spec = defaulted(`apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  completions: 5\n${template}`).spec as Record<string, unknown>;
    expect([spec.completions, spec.parallelism]).toEqual([5, 1]);
  });
  it('CronJob', () => {
    const spec = defaulted(`apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: c}\nspec:\n  schedule: "*/5 * * * *"\n  jobTemplate:\n    spec:\n${template.replace(/^ {2}/gm, '      ')}`).spec as Record<string, unknown>;
    expect(spec).toEqual({
      schedule: '*/5 * * * *', concurrencyPolicy: 'Allow', suspend: false, successfulJobsHistoryLimit: 3, failedJobsHistoryLimit: 1,
      jobTemplate: { spec: { template: { metadata: { labels: { app: 'web' } }, spec: templateSpec } } },
    });
  });
  it('Service (ClusterIP)', () => {
    expect(defaulted(`apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  selector: {app: web}\n  ports: [{port: 80}]\n`).spec).toEqual({
      selector: { app: 'web' }, ports: [{ port: 80, protocol: 'TCP', targetPort: 80 }], sessionAffinity: 'None', type: 'ClusterIP', internalTrafficPolicy: 'Cluster',
    });
  });
  it('Service (LoadBalancer, ClientIP)', () => {
    expect(defaulted(`apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  type: LoadBalancer\n  sessionAffinity: ClientIP\n  ports: [{port: 80, targetPort: http}]\n`).spec).toEqual({
      type: 'LoadBalancer', sessionAffinity: 'ClientIP', sessionAffinityConfig: { clientIP: { timeoutSeconds: 10800 } },
      ports: [{ port: 80, targetPort: 'http', protocol: 'TCP' }], externalTrafficPolicy: 'Cluster', internalTrafficPolicy: 'Cluster', allocateLoadBalancerNodePorts: true,
    });
  });
  it('Service (ExternalName) gets no traffic policies', () => {
    expect(defaulted(`apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {type: ExternalName, externalName: example.com}\n`).spec).toEqual({
      type: 'ExternalName', externalName: 'example.com', sessionAffinity: 'None',
    });
  });
  it('Namespace (the kubernetes finalizer is the create strategy\'s, not defaulting\'s)', () => {
    expect(defaulted(`apiVersion: v1\nkind: Namespace\nmetadata: {name: team-a}\n`)).toEqual({
      apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team-a', labels: { 'kubernetes.io/metadata.name': 'team-a' } },
      status: { phase: 'Active' },
    });
  });
  it('LimitRange (Container: default ← max, defaultRequest ← default, then ← min)', () => {
    expect(defaulted(`apiVersion: v1\nkind: LimitRange\nmetadata: {name: l}\nspec:\n  limits:\n  - type: Container\n    max: {cpu: "2", memory: 1Gi}\n    min: {ephemeral-storage: 1Gi}\n  - type: Pod\n    max: {cpu: "4"}\n`).spec).toEqual({
      limits: [
        { type: 'Container', max: { cpu: '2', memory: '1Gi' }, min: { 'ephemeral-storage': '1Gi' }, default: { cpu: '2', memory: '1Gi' }, defaultRequest: { cpu: '2', memory: '1Gi', 'ephemeral-storage': '1Gi' } },
        { type: 'Pod', max: { cpu: '4' } },
      ],
    });
  });
  it('Secret, PVC', () => {
    expect(defaulted(`apiVersion: v1\nkind: Secret\nmetadata: {name: s}\n`).type).toBe('Opaque');
    const secret = defaulted(`apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata: {a: eA==}\nstringData: {b: hello, a: y}\n`);
    expect([secret.data, secret.stringData]).toEqual([{ a: 'eQ==', b: 'aGVsbG8=' }, undefined]);
    const pvc = defaulted(`apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: c}\nspec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}\n`);
    expect([(pvc.spec as { volumeMode: string }).volumeMode, pvc.status]).toEqual(['Filesystem', { phase: 'Pending' }]);
  });
  it('ReplicationController takes selector and labels from the template', () => {
    const rc = defaulted(`apiVersion: v1\nkind: ReplicationController\nmetadata: {name: r}\nspec:\n${template}`);
    expect([rc.metadata, (rc.spec as { selector: unknown; replicas: number }).selector, (rc.spec as { replicas: number }).replicas])
      .toEqual([{ name: 'r', labels: { app: 'web' } }, { app: 'web' }, 1]);
  });
  it('HorizontalPodAutoscaler v2', () => {
    expect(defaulted(`apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: h}\nspec:\n  maxReplicas: 5\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  behavior: {scaleDown: {stabilizationWindowSeconds: 60}}\n`).spec).toEqual({
      maxReplicas: 5, minReplicas: 1, scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
      metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 80 } } }],
      behavior: {
        scaleUp: { stabilizationWindowSeconds: 0, selectPolicy: 'Max', policies: [{ type: 'Pods', value: 4, periodSeconds: 15 }, { type: 'Percent', value: 100, periodSeconds: 15 }] },
        scaleDown: { stabilizationWindowSeconds: 60, selectPolicy: 'Max', policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }] },
      },
    });
  });
  it('Node allocatable from capacity', () => {
    expect(defaulted(`apiVersion: v1\nkind: Node\nmetadata: {name: n}\nstatus: {capacity: {cpu: "4"}}\n`).status).toEqual({ capacity: { cpu: '4' }, allocatable: { cpu: '4' } });
  });
});

describe('defaulting is idempotent (property)', () => {
  const manifests = [
    `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n${template}`,
    `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, image: x, resources: {limits: {cpu: "1"}}}]\n`,
    `apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {ports: [{port: 80}], type: NodePort}\n`,
    `apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n${template}`,
    `apiVersion: v1\nkind: Namespace\nmetadata: {name: n}\n`,
  ];
  it('applying defaults twice equals applying them once', () => {
    fc.assert(fc.property(fc.constantFrom(...manifests), (yaml) => {
      const once = defaulted(yaml);
      const twice = clone(once);
      applyDefaultsForKind(twice.kind, twice);
      expect(twice).toEqual(once);
    }));
  });
});

describe('spec.serviceAccount, the deprecated alias of serviceAccountName', () => {
  const spec = (yaml: string): Record<string, unknown> => (defaulted(`apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, image: x}]\n${yaml}`).spec as Record<string, unknown>);
  it('a name is written under both fields', () => {
    expect(spec('  serviceAccountName: builder\n')).toMatchObject({ serviceAccountName: 'builder', serviceAccount: 'builder' });
  });
  it('only the alias given: it becomes the name', () => {
    expect(spec('  serviceAccount: legacy\n')).toMatchObject({ serviceAccountName: 'legacy', serviceAccount: 'legacy' });
  });
  it('both given and different: the name wins and the alias follows it', () => {
    expect(spec('  serviceAccountName: new\n  serviceAccount: old\n')).toMatchObject({ serviceAccountName: 'new', serviceAccount: 'new' });
  });
  it('neither: neither appears', () => {
    const s = spec('');
    expect('serviceAccount' in s || 'serviceAccountName' in s).toBe(false);
  });
});
