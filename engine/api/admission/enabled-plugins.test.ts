// kube-apiserver's admission plugin flags: the default chain, what each flag changes, and the
// errors Validate gives for unknown or overlapping names.
import { test } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { ALL_ORDERED_PLUGINS, AdmissionFlagsError, DEFAULT_ON_PLUGINS, enabledAdmissionPlugins } from './enabled-plugins.ts';
import { admissionPlugins } from './index.ts';

test('without flags the default-on plugins run, in AllOrderedPlugins order', () => {
  expect(enabledAdmissionPlugins()).toEqual([
    'NamespaceLifecycle', 'LimitRanger', 'ServiceAccount', 'TaintNodesByCondition', 'PodSecurity', 'Priority',
    'DefaultTolerationSeconds', 'DefaultStorageClass', 'StorageObjectInUseProtection', 'PersistentVolumeClaimResize',
    'RuntimeClass', 'CertificateApproval', 'CertificateSigning', 'ClusterTrustBundleAttest', 'CertificateSubjectRestriction',
    'DefaultIngressClass', 'PodTopologyLabels', 'MutatingAdmissionPolicy', 'MutatingAdmissionWebhook',
    'ValidatingAdmissionPolicy', 'ValidatingAdmissionWebhook', 'ResourceQuota',
  ]);
  expect(admissionPlugins().map((p) => p.name)).toEqual(['NamespaceLifecycle', 'LimitRanger', 'ServiceAccount', 'Priority', 'DefaultTolerationSeconds', 'ResourceQuota']);
});

test("scheduler_perf's flags leave the simulated chain without ServiceAccount and Priority", () => {
  const plugins = admissionPlugins({ disable: ['ServiceAccount', 'TaintNodesByCondition', 'Priority'] });
  expect(plugins.map((p) => p.name)).toEqual(['NamespaceLifecycle', 'LimitRanger', 'DefaultTolerationSeconds', 'ResourceQuota']);
});

test('enabling a default-off plugin adds it in its place, not at the end', () => {
  const names = enabledAdmissionPlugins({ enable: ['AlwaysPullImages', 'NamespaceExists'] });
  expect(names.slice(0, 5)).toEqual(['NamespaceLifecycle', 'NamespaceExists', 'LimitRanger', 'ServiceAccount', 'TaintNodesByCondition']);
  expect(names.indexOf('AlwaysPullImages')).toBe(names.indexOf('TaintNodesByCondition') + 1);
});

test('unknown and overlapping names are refused with the apiserver\'s words', () => {
  expect(() => enabledAdmissionPlugins({ disable: ['ResourceQuotas'] })).toThrow('disable-admission-plugins plugin "ResourceQuotas" is unknown');
  expect(() => enabledAdmissionPlugins({ enable: ['Foo'], disable: ['Priority', 'Bar'] }))
    .toThrow('[enable-admission-plugins plugin "Foo" is unknown, disable-admission-plugins plugin "Bar" is unknown]');
  expect(() => enabledAdmissionPlugins({ enable: ['Priority', 'LimitRanger'], disable: ['Priority', 'LimitRanger'] }))
    .toThrow('[LimitRanger Priority] in enable-admission-plugins and disable-admission-plugins overlapped');
  // utilerrors.aggregate prints a repeated message once, and one distinct message bare.
  expect(() => enabledAdmissionPlugins({ enable: ['Foo', 'Foo'] })).toThrow(new AdmissionFlagsError('enable-admission-plugins plugin "Foo" is unknown'));
});

test('a registered plugin that kubespec does not simulate cannot be turned on', () => {
  expect(() => admissionPlugins({ enable: ['AlwaysPullImages'] })).toThrow(
    'admission plugin "AlwaysPullImages" not simulated: kubespec runs NamespaceLifecycle, LimitRanger, ServiceAccount, Priority, DefaultTolerationSeconds, ResourceQuota');
  // Default-on, but named: whoever names it expects it to act.
  expect(() => admissionPlugins({ enable: ['PodSecurity', 'ResourceQuota'] })).toThrow('admission plugin "PodSecurity" not simulated');
  expect(admissionPlugins({ enable: ['ResourceQuota'] }).map((p) => p.name)).toEqual(['NamespaceLifecycle', 'LimitRanger', 'ServiceAccount', 'Priority', 'DefaultTolerationSeconds', 'ResourceQuota']);
});

test('property: a disabled plugin never runs, an enabled one always does, and the order is AllOrderedPlugins', () => {
  const names = fc.uniqueArray(fc.constantFrom(...ALL_ORDERED_PLUGINS), { maxLength: 8 });
  fc.assert(fc.property(names, names, (enable, disableAll) => {
    const disable = disableAll.filter((n) => !enable.includes(n));
    const result = enabledAdmissionPlugins({ enable, disable });
    for (const n of disable) expect(result).not.toContain(n);
    for (const n of enable) expect(result).toContain(n);
    for (const n of result) expect(enable.includes(n) || (DEFAULT_ON_PLUGINS.has(n) && !disable.includes(n))).toBe(true);
    expect(result).toEqual(ALL_ORDERED_PLUGINS.filter((n) => result.includes(n)));
  }), { numRuns: 300 });
});
