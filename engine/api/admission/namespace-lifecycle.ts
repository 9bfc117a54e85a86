// NamespaceLifecycle: protected namespaces cannot be deleted; nothing new may be created in a
// Terminating namespace; requests into a missing namespace fail with its NotFound.
// Models staging/src/k8s.io/apiserver/pkg/admission/plugin/namespace/lifecycle/admission.go (Admit).
// Leaves out the cache-warming wait and live-lookup TTL (the view is always current).
import type { PolicyPlugin } from './support/policy-plugin.ts';
import { forbidden, forbiddenFor, notFound } from './support/admission-denial.ts';

export const IMMORTAL_NAMESPACES = ['default', 'kube-system', 'kube-public'];

export const namespaceLifecycle: PolicyPlugin = {
  name: 'NamespaceLifecycle',
  admit(attrs, view) {
    const isNamespace = attrs.resource === 'namespaces' && attrs.group === '';
    if (isNamespace) {
      if (attrs.operation === 'DELETE' && IMMORTAL_NAMESPACES.includes(attrs.name)) {
        throw forbiddenFor('namespaces', '', attrs.name, 'this namespace may not be deleted');
      }
      return;
    }
    if (attrs.namespace === '' || attrs.operation === 'DELETE') return;
    const ns = view.getNamespace(attrs.namespace);
    if (!ns) throw notFound('namespaces', '', attrs.namespace);
    if (attrs.operation !== 'CREATE' || ns.status?.phase !== 'Terminating') return;
    throw forbidden(attrs, `unable to create new content in namespace ${attrs.namespace} because it is being terminated`, [
      { type: 'NamespaceTerminating', message: `namespace ${attrs.namespace} is being terminated`, field: 'metadata.namespace' },
    ]);
  },
};
