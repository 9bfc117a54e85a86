// kubectl explain against the 1.33 OpenAPI v3 documents: the resource view, a field view, a list
// field, --recursive, --api-version, and kubectl's errors for unknown fields and resources.
import { test } from 'node:test';
import { expect } from 'expect';
import { KubectlHarness } from '../testing/kubectl-harness.ts';

const h = new KubectlHarness();

test('explain deployment prints the kind, its description and every field with its description', () => {
  const r = h.run('kubectl explain deployment');
  expect(r.stderr).toBe('');
  expect(r.stdout).toBe(`GROUP:      apps
KIND:       Deployment
VERSION:    v1

DESCRIPTION:
    Deployment enables declarative updates for Pods and ReplicaSets.
    
FIELDS:
  apiVersion\t<string>
    APIVersion defines the versioned schema of this representation of an object.
    Servers should convert recognized schemas to the latest internal value, and
    may reject unrecognized values. More info:
    https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources

  kind\t<string>
    Kind is a string value representing the REST resource this object
    represents. Servers may infer this from the endpoint the client submits
    requests to. Cannot be updated. In CamelCase. More info:
    https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds

  metadata\t<ObjectMeta>
    Standard object's metadata. More info:
    https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata

  spec\t<DeploymentSpec>
    Specification of the desired behavior of the Deployment.

  status\t<DeploymentStatus>
    Most recently observed status of the Deployment.


`);
  expect(r.exitCode).toBe(0);
});

test('explain deployment.spec.replicas prints FIELD with its type and the wrapped description', () => {
  const r = h.run('kubectl explain deployment.spec.replicas');
  expect(r.stdout).toBe('GROUP:      apps\nKIND:       Deployment\nVERSION:    v1\n\nFIELD: replicas <integer>\n\n\n'
    + 'DESCRIPTION:\n    Number of desired pods. This is a pointer to distinguish between explicit\n'
    + '    zero and not specified. Defaults to 1.\n    \n\n');
});

test('a field that refers to a type lists both descriptions; an enum field shows its values', () => {
  const r = h.run('kubectl explain deployments.apps.spec.strategy');
  expect(r.stdout).toBe(`GROUP:      apps
KIND:       Deployment
VERSION:    v1

FIELD: strategy <DeploymentStrategy>


DESCRIPTION:
    The deployment strategy to use to replace existing pods with new ones.
    DeploymentStrategy describes how to replace existing pods with new ones.
    
FIELDS:
  rollingUpdate\t<RollingUpdateDeployment>
    Rolling update config params. Present only if DeploymentStrategyType =
    RollingUpdate.

  type\t<string>
  enum: Recreate, RollingUpdate
    Type of deployment. Can be "Recreate" or "RollingUpdate". Default is
    RollingUpdate.
    
    Possible enum values:
     - \`"Recreate"\` Kill all existing pods before creating new ones.
     - \`"RollingUpdate"\` Replace the old ReplicaSets by new one using rolling
    update i.e gradually scale down the old ReplicaSets and scale up the new
    one.


`);
  expect(h.run('kubectl explain deploy.spec.strategy.type').stdout)
    .toContain('FIELD: type <string>\nENUM:\n    Recreate\n    RollingUpdate\n\nDESCRIPTION:\n');
});

test('explain pods.spec.containers walks through the list to the Container fields', () => {
  const r = h.run('kubectl explain pods.spec.containers');
  expect(r.stdout.startsWith(`KIND:       Pod
VERSION:    v1

FIELD: containers <[]Container>


DESCRIPTION:
    List of containers belonging to the pod. Containers cannot currently be
    added or removed. There must be at least one container in a Pod. Cannot be
    updated.
    A single application container that you want to run within a pod.
    
FIELDS:
  args\t<[]string>
    Arguments to the entrypoint. The container image's CMD is used if this is
    not provided. Variable references $(VAR_NAME) are expanded using the
    container's environment. If a variable cannot be resolved, the reference in
    the input string will be unchanged. Double $$ are reduced to a single $,
    which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
    produce the string literal "$(VAR_NAME)". Escaped references will never be
    expanded, regardless of whether the variable exists or not. Cannot be
    updated. More info:
    https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell

  command\t<[]string>
`)).toBe(true);
  const fields = r.stdout.split('\n').filter((l) => /^ {2}\w+\t/.test(l));
  expect(fields).toEqual([
    '  args\t<[]string>', '  command\t<[]string>', '  env\t<[]EnvVar>', '  envFrom\t<[]EnvFromSource>', '  image\t<string>',
    '  imagePullPolicy\t<string>', '  lifecycle\t<Lifecycle>', '  livenessProbe\t<Probe>', '  name\t<string> -required-',
    '  ports\t<[]ContainerPort>', '  readinessProbe\t<Probe>', '  resizePolicy\t<[]ContainerResizePolicy>',
    '  resources\t<ResourceRequirements>', '  restartPolicy\t<string>', '  securityContext\t<SecurityContext>',
    '  startupProbe\t<Probe>', '  stdin\t<boolean>', '  stdinOnce\t<boolean>', '  terminationMessagePath\t<string>',
    '  terminationMessagePolicy\t<string>', '  tty\t<boolean>', '  volumeDevices\t<[]VolumeDevice>',
    '  volumeMounts\t<[]VolumeMount>', '  workingDir\t<string>',
  ]);
  expect(r.stdout).toContain('  imagePullPolicy\t<string>\n  enum: Always, IfNotPresent, Never\n    Image pull policy.');
});

test('--recursive prints every nested field name and type, indented by depth, without descriptions', () => {
  const r = h.run('kubectl explain deployment --recursive');
  expect(r.stdout.startsWith(`GROUP:      apps
KIND:       Deployment
VERSION:    v1

DESCRIPTION:
    Deployment enables declarative updates for Pods and ReplicaSets.
    
FIELDS:
  apiVersion\t<string>
  kind\t<string>
  metadata\t<ObjectMeta>
    annotations\t<map[string]string>
    creationTimestamp\t<string>
    deletionGracePeriodSeconds\t<integer>
    deletionTimestamp\t<string>
    finalizers\t<[]string>
    generateName\t<string>
    generation\t<integer>
    labels\t<map[string]string>
    managedFields\t<[]ManagedFieldsEntry>
      apiVersion\t<string>
`)).toBe(true);
  expect(r.stdout).toContain(`  spec\t<DeploymentSpec>
    minReadySeconds\t<integer>
    paused\t<boolean>
    progressDeadlineSeconds\t<integer>
    replicas\t<integer>
    revisionHistoryLimit\t<integer>
    selector\t<LabelSelector> -required-
      matchExpressions\t<[]LabelSelectorRequirement>
        key\t<string> -required-
        operator\t<string> -required-
        values\t<[]string>
      matchLabels\t<map[string]string>
    strategy\t<DeploymentStrategy>
      rollingUpdate\t<RollingUpdateDeployment>
        maxSurge\t<IntOrString>
        maxUnavailable\t<IntOrString>
      type\t<string>
      enum: Recreate, RollingUpdate
    template\t<PodTemplateSpec> -required-
`);
  expect(r.stdout).not.toContain('Number of desired pods');
  expect(r.stdout.endsWith('  status\t<DeploymentStatus>\n    availableReplicas\t<integer>\n    collisionCount\t<integer>\n'
    + '    conditions\t<[]DeploymentCondition>\n      lastTransitionTime\t<string>\n      lastUpdateTime\t<string>\n'
    + '      message\t<string>\n      reason\t<string>\n      status\t<string> -required-\n      type\t<string> -required-\n'
    + '    observedGeneration\t<integer>\n    readyReplicas\t<integer>\n    replicas\t<integer>\n'
    + '    terminatingReplicas\t<integer>\n    unavailableReplicas\t<integer>\n    updatedReplicas\t<integer>\n\n')).toBe(true);
});

test('an unknown field: the header was already printed, then kubectl\'s error', () => {
  const r = h.run('kubectl explain deployment.spec.foo');
  expect(r).toEqual({ stdout: 'GROUP:      apps\nKIND:       Deployment\nVERSION:    v1\n\n', stderr: 'error: field "foo" does not exist\n', exitCode: 1 });
  expect(h.run('kubectl explain pods.spec.containers.name.bar').stderr).toBe('error: field "bar" does not exist\n');
  // Without a matching resource.group prefix the rest is a field path (SplitAndParseResourceRequestWithMatchingPrefix).
  expect(h.run('kubectl explain deployment.apps').stderr).toBe('error: field "apps" does not exist\n');
});

test('an unknown resource is a NoMatch error, printed without "error: "', () => {
  expect(h.run('kubectl explain foo.spec')).toEqual({ stdout: '', stderr: 'the server doesn\'t have a resource type "foo"\n', exitCode: 1 });
});

test('--api-version picks the group-version; one the server lacks, or lacking the resource, is refused', () => {
  expect(h.run('kubectl explain events --api-version=events.k8s.io/v1').stdout)
    .toMatch(/^GROUP: {6}events\.k8s\.io\nKIND: {7}Event\nVERSION: {4}v1\n\nDESCRIPTION:\n {4}Event is a report of an event somewhere in the cluster\./);
  expect(h.run('kubectl explain events').stdout).toMatch(/^KIND: {7}Event\nVERSION: {4}v1\n/);
  expect(h.run('kubectl explain hpa --api-version=autoscaling/v2 --recursive').stdout).toContain('  spec\t<HorizontalPodAutoscalerSpec>\n');
  expect(h.run('kubectl explain pods --api-version=apps/v1').stderr).toBe('error: GVR (apps/v1, Resource=pods) not found in OpenAPI schema\n');
  expect(h.run('kubectl explain deploy --api-version=apps/v2').stderr).toBe('error: couldn\'t find resource for "apps/v2, Resource=deployments"\n');
  expect(h.run('kubectl explain deploy --api-version=a/b/c').stderr).toBe('error: unexpected GroupVersion string: a/b/c\n');
});

test('argument and flag errors are worded as kubectl words them', () => {
  expect(h.run('kubectl explain').stderr)
    .toBe('error: You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.\n');
  expect(h.run('kubectl explain pods svc').stderr).toBe('error: We accept only this format: explain RESOURCE\n');
  expect(h.run('kubectl explain pods --output=json').stderr).toBe('error: unrecognized format: json\n');
  expect(h.run('kubectl explain pods --depth=2').stderr).toBe('error: unknown flag: --depth\nSee \'kubectl explain --help\' for usage.\n');
});

test('every registered resource explains, recursively, without error', () => {
  for (const resource of ['bindings', 'configmaps', 'endpoints', 'limitranges', 'namespaces', 'nodes', 'pvc', 'pv', 'pods',
    'podtemplates', 'rc', 'quota', 'secrets', 'sa', 'svc', 'controllerrevisions', 'ds', 'rs', 'sts', 'cj', 'jobs', 'leases',
    'endpointslices', 'ing', 'ipaddresses', 'pdb', 'pc', 'runtimeclasses']) {
    const r = h.run(`kubectl explain ${resource} --recursive`);
    expect({ resource, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ resource, stderr: '', exitCode: 0 });
    expect(r.stdout).toContain('\nFIELDS:\n');
    expect(r.stdout).toContain('\n  apiVersion\t<string>\n  ');
  }
});
