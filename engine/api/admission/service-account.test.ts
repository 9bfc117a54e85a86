import { describe, it } from 'node:test';
import { expect } from 'expect';
import type { Pod } from 'kubernetes-types/core/v1.js';
import { serviceAccountAdmission, tokenVolume } from './service-account.ts';
import { staticView } from './support/static-view.ts';
import { attributes, asObject, container, pod } from './testing/fixtures.ts';

const view = staticView({ serviceAccounts: [
  { metadata: { name: 'default', namespace: 'default' } },
  { metadata: { name: 'builder', namespace: 'default' }, automountServiceAccountToken: false, imagePullSecrets: [{ name: 'regcred' }] },
] });

function run(p: Pod): Pod {
  const attrs = attributes('pods', asObject(p));
  serviceAccountAdmission.admit?.(attrs, view);
  serviceAccountAdmission.validate?.(attrs, view);
  return attrs.object as Pod;
}

describe('ServiceAccount admission', () => {
  it('defaults to the default account and mounts the token volume everywhere', () => {
    const out = run(pod('a', [container('app')], { initContainers: [container('init')] }));
    expect(out.spec?.serviceAccountName).toBe('default');
    expect(out.spec?.volumes).toEqual([tokenVolume('kube-api-access-x7k2q')]);
    const mount = { name: 'kube-api-access-x7k2q', readOnly: true, mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' };
    expect(out.spec?.containers[0]?.volumeMounts).toEqual([mount]);
    expect(out.spec?.initContainers?.[0]?.volumeMounts).toEqual([mount]);
  });

  it('honours automountServiceAccountToken=false and copies imagePullSecrets', () => {
    const out = run(pod('a', [container('app')], { serviceAccountName: 'builder' }));
    expect(out.spec?.volumes).toBeUndefined();
    expect(out.spec?.imagePullSecrets).toEqual([{ name: 'regcred' }]);
  });

  it('refuses a pod naming a missing account', () => {
    expect(() => run(pod('a', [container('app')], { serviceAccountName: 'ghost' })))
      .toThrow('pods "a" is forbidden: error looking up service account default/ghost: serviceaccount "ghost" not found');
  });

  it('refuses pods while the default account does not exist yet', () => {
    const attrs = attributes('pods', asObject(pod('a', [container('app')], {}, 'fresh')));
    expect(() => serviceAccountAdmission.admit?.(attrs, view))
      .toThrow('pods "a" is forbidden: error looking up service account fresh/default: serviceaccount "default" not found');
  });
});
