// The generators of exploration operations: which operations a run may draw, with their
// arguments drawn from small ranges (so shrinking has little to do), over a set of Deployments.
// Names match ExploreOptions.operations; the default draws from all of them.
import fc from 'fast-check';
import {
  AddNode, Advance, ApplyDeployment, Cordon, CrashContainer, CreateService, DeletePod, FailProbe, Kubectl, LoseNode, RestoreNode, Scale, SetQuota, Settle,
  type DeploymentManifest, type Operation,
} from './operations.ts';

export const OPERATION_NAMES = [
  'apply', 'scale', 'set-image', 'rollout-undo', 'delete-pod', 'crash-container', 'fail-probe',
  'add-node', 'cordon', 'lose-node', 'restore-node', 'service', 'quota', 'advance', 'settle',
] as const;
export type OperationName = (typeof OPERATION_NAMES)[number];

const IMAGES = ['nginx:1.27', 'nginx:1.28', 'nginx:1.29'];

export function operationArbitrary(name: OperationName, manifests: readonly DeploymentManifest[]): fc.Arbitrary<Operation> {
  const manifest = fc.constantFrom(...manifests);
  switch (name) {
    case 'apply': return manifest.map((d) => new ApplyDeployment(d));
    case 'scale': return fc.tuple(manifest, fc.integer({ min: 0, max: 6 })).map(([d, n]) => new Scale(d.name, n));
    case 'set-image': return fc.tuple(manifest, fc.constantFrom(...IMAGES))
      .map(([d, image]) => new Kubectl(d.name, `set image deployment/${d.name} ${d.container}=${image}`));
    case 'rollout-undo': return manifest.map((d) => new Kubectl(d.name, `rollout undo deployment/${d.name}`));
    case 'delete-pod': return fc.nat(20).map((i) => new DeletePod(i));
    case 'crash-container': return fc.tuple(fc.nat(20), fc.constantFrom(1, 137)).map(([i, code]) => new CrashContainer(i, code));
    case 'fail-probe': return fc.tuple(fc.nat(20), fc.constantFrom('liveness' as const, 'readiness' as const)).map(([i, p]) => new FailProbe(i, p));
    case 'add-node': return fc.constant(null).map(() => new AddNode());
    case 'cordon': return fc.tuple(fc.nat(9), fc.boolean()).map(([i, on]) => new Cordon(i, on));
    case 'lose-node': return fc.nat(9).map((i) => new LoseNode(i));
    case 'restore-node': return fc.nat(9).map((i) => new RestoreNode(i));
    case 'service': return manifest.map((d) => new CreateService(d.name));
    case 'quota': return fc.integer({ min: 0, max: 12 }).map((n) => new SetQuota(n));
    case 'advance': return fc.constantFrom(1, 5, 30, 120, 400).map((s) => new Advance(s));
    case 'settle': return fc.constant(null).map(() => new Settle());
  }
}
