// kubectl's global flags, accepted by every command (most are connection settings the simulation
// ignores, but they must parse). Models staging/src/k8s.io/cli-runtime/pkg/genericclioptions/
// config_flags.go → ConfigFlags.AddFlags, and the klog -v flag kubectl registers.
// Left out: --log-* and --profile* flags.
import { boolFlag, intFlag, stringFlag, type FlagSpec } from './flag-spec.ts';

export const GLOBAL_FLAGS: FlagSpec[] = [
  stringFlag('namespace', 'n'),
  stringFlag('context'),
  stringFlag('cluster'),
  stringFlag('user'),
  stringFlag('kubeconfig'),
  stringFlag('server', 's'),
  stringFlag('request-timeout', undefined, '0'),
  stringFlag('as'),
  stringFlag('token'),
  stringFlag('cache-dir'),
  stringFlag('certificate-authority'),
  stringFlag('client-certificate'),
  stringFlag('client-key'),
  stringFlag('tls-server-name'),
  boolFlag('insecure-skip-tls-verify'),
  boolFlag('match-server-version'),
  boolFlag('warnings-as-errors'),
  boolFlag('disable-compression'),
  intFlag('v', 0, 'v'),
];
