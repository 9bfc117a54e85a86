// Defaults of one container as the generated defaulters apply them: imagePullPolicy,
// terminationMessagePath/Policy, port protocol TCP, probe timings and httpGet path/scheme, env
// fieldRef apiVersion, an empty resources. Models pkg/apis/core/v1/defaults.go → SetDefaults_Container,
// SetDefaults_Probe, SetDefaults_HTTPGetAction, SetDefaults_ObjectFieldSelector and
// zz_generated.defaults.go (ContainerPort.Protocol +default="TCP"). Resource rounding is left out.
import type { Container, HTTPGetAction, Probe } from 'kubernetes-types/core/v1';
import { defaultImagePullPolicy } from './image-pull-policy.ts';

export function defaultProbe(probe: Probe): void {
  probe.timeoutSeconds ||= 1;
  probe.periodSeconds ||= 10;
  probe.successThreshold ||= 1;
  probe.failureThreshold ||= 3;
  if (probe.httpGet) defaultHTTPGet(probe.httpGet);
}

export function defaultHTTPGet(action: HTTPGetAction): void {
  action.path ||= '/';
  action.scheme ||= 'HTTP';
}

export function defaultContainer(c: Container): void {
  // v1.Container.Resources is a struct, not a pointer, so the API's JSON always carries it:
  // `resources: {}` on a container without requests or limits, as `kubectl get -o yaml` shows.
  c.resources ??= {};
  c.imagePullPolicy ||= defaultImagePullPolicy(c.image ?? '');
  c.terminationMessagePath ||= '/dev/termination-log';
  c.terminationMessagePolicy ||= 'File';
  for (const port of c.ports ?? []) port.protocol ||= 'TCP';
  for (const env of c.env ?? []) {
    const fieldRef = env.valueFrom?.fieldRef;
    if (fieldRef) fieldRef.apiVersion ||= 'v1';
  }
  for (const probe of [c.livenessProbe, c.readinessProbe, c.startupProbe]) if (probe) defaultProbe(probe);
  for (const handler of [c.lifecycle?.postStart, c.lifecycle?.preStop]) if (handler?.httpGet) defaultHTTPGet(handler.httpGet);
}
