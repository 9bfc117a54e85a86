// The ServiceAccounts controller: every Active namespace gets a `default` ServiceAccount, and
// gets it back if it is deleted. Models pkg/controller/serviceaccount/serviceaccounts_controller.go
// (namespaceAdded/Updated, serviceAccountDeleted, syncNamespace). Creation races (AlreadyExists,
// a namespace that started terminating) are expected and ignored, as upstream does.
import type { Namespace, ServiceAccount } from 'kubernetes-types/core/v1.js';
import { isStatusError } from '../../api/errors.ts';
import type { ControllerDefinition } from '../runner/controller.ts';
import { WorkQueue } from '../runner/work-queue.ts';
import { missingServiceAccounts } from './default-service-account.ts';

export const serviceAccountsController: ControllerDefinition = {
  name: 'serviceaccount-controller',
  start(ctx) {
    const namespaces = ctx.informers.informer<Namespace>('namespaces');
    const accounts = ctx.informers.informer<ServiceAccount>('serviceaccounts');
    const queue = new WorkQueue(ctx, (name) => {
      const ns = namespaces.get(undefined, name);
      if (!ns) return;
      const existing = accounts.list(name).map((sa) => sa.metadata.name ?? '');
      for (const sa of missingServiceAccounts(ns, existing)) {
        try {
          ctx.client.create('serviceaccounts', sa);
        } catch (e) {
          if (isStatusError(e, 'AlreadyExists') || isStatusError(e, 'Forbidden')) continue;
          throw e;
        }
      }
    });
    namespaces.addHandler({ add: (ns) => queue.add(ns.metadata.name ?? ''), update: (_old, ns) => queue.add(ns.metadata.name ?? '') });
    accounts.addHandler({ delete: (sa) => queue.add(sa.metadata.namespace ?? '') });
  },
};
