// `kubectl create service clusterip|nodeport|loadbalancer|externalname NAME --tcp=port[:targetPort]...
// [--node-port=N] [--clusterip=IP|None] [--external-name=HOST]`, printed as `service/NAME created`.
// Models staging/src/k8s.io/kubectl/pkg/cmd/create/create_service.go → ServiceOptions.Validate,
// createService (ports named "80-8080", labels and selector app=NAME, --node-port on every port),
// parsePorts and Run ("failed to create %s service: %v"). Left out: --dry-run, -o, --save-config.
import type { ServicePort } from 'kubernetes-types/core/v1.js';
import { isStatusError } from '../../api/errors.ts';
import { intFlag, sliceFlag, stringFlag } from '../command-line/flag-spec.ts';
import { KubectlError, type Invocation, type KubectlCommand, type Output } from './command.ts';

type ServiceType = 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';

/** parsePorts: "80" → 80→80, "80:8080" → 80→8080, "80:http" → 80→"http"; the name is the text with ':' → '-'. */
export function parseTcp(tcp: string, nodePort: number): ServicePort {
  const [portText = '', targetText] = tcp.split(':');
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 1 || port > 65535) throw new KubectlError(`invalid port: "${portText}"`);
  const targetPort = targetText === undefined ? port : /^\d+$/.test(targetText) ? Number(targetText) : targetText;
  if (typeof targetPort === 'number' && (targetPort < 1 || targetPort > 65535)) throw new KubectlError('must be between 1 and 65535, inclusive');
  return { name: tcp.replaceAll(':', '-'), port, targetPort, protocol: 'TCP', ...(nodePort > 0 ? { nodePort } : {}) };
}

function validate(type: ServiceType, inv: Invocation): void {
  const clusterIP = inv.flags.string('clusterip');
  if (clusterIP === 'None' && type !== 'ClusterIP') throw new KubectlError('ClusterIP=None can only be used with ClusterIP service type');
  if (clusterIP !== 'None' && inv.flags.strings('tcp').length === 0 && type !== 'ExternalName') {
    throw new KubectlError('at least one tcp port specifier must be provided');
  }
  const ext = inv.flags.string('external-name');
  if (type === 'ExternalName' && !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(ext)) {
    throw new KubectlError(ext === '' ? 'required flag(s) "external-name" not set' : `invalid service external name ${ext}`);
  }
}

function run(type: ServiceType, inv: Invocation, out: Output): void {
  const name = inv.args[0];
  if (!name || inv.args.length !== 1) throw new KubectlError(`exactly one NAME is required, got ${inv.args.length}`);
  validate(type, inv);
  const clusterIP = inv.flags.string('clusterip');
  const nodePort = type === 'NodePort' ? inv.flags.int('node-port') : 0;
  const svc = {
    apiVersion: 'v1', kind: 'Service',
    metadata: { name, namespace: inv.namespace, labels: { app: name } },
    spec: {
      type, selector: { app: name }, ports: inv.flags.strings('tcp').map((t) => parseTcp(t, nodePort)),
      ...(type === 'ExternalName' ? { externalName: inv.flags.string('external-name') } : {}), ...(clusterIP ? { clusterIP } : {}),
    },
  };
  try {
    inv.kube.client.create('services', svc, { namespace: inv.namespace });
  } catch (e) {
    if (isStatusError(e)) throw new KubectlError(`failed to create ${type} service: ${e.message}`);
    throw e;
  }
  out.print(`service/${name} created\n`);
}

const common = [sliceFlag('tcp'), stringFlag('output', 'o'), { name: 'dry-run', kind: 'string' as const, defaultValue: 'none', noOptDefVal: 'unchanged' }];
const sub = (name: string, type: ServiceType, extra: KubectlCommand['flags'] = []): KubectlCommand => ({
  name, flags: [...common, ...(extra ?? [])], run: (inv, out) => run(type, inv, out),
});

export const createServiceCommand: KubectlCommand = {
  name: 'service',
  aliases: ['svc'],
  flags: [],
  runnable: false,
  subcommands: [
    sub('clusterip', 'ClusterIP', [stringFlag('clusterip')]),
    sub('nodeport', 'NodePort', [intFlag('node-port', 0)]),
    sub('loadbalancer', 'LoadBalancer'),
    sub('externalname', 'ExternalName', [stringFlag('external-name')]),
  ],
};
