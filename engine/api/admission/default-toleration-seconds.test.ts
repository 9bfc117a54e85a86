import { describe, it } from 'node:test';
import { expect } from 'expect';
import type { Pod, Toleration } from 'kubernetes-types/core/v1.js';
import { defaultTolerationSeconds } from './default-toleration-seconds.ts';
import { staticView } from './support/static-view.ts';
import { attributes, asObject, container, pod } from './testing/fixtures.ts';

const notReady = { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 };
const unreachable = { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 };

function tolerationsAfter(existing: Toleration[] | undefined): Toleration[] | undefined {
  const attrs = attributes('pods', asObject(pod('a', [container('c')], existing ? { tolerations: existing } : {})));
  defaultTolerationSeconds.admit?.(attrs, staticView({}));
  return (attrs.object as Pod).spec?.tolerations;
}

describe('DefaultTolerationSeconds', () => {
  const cases: Array<[string, Toleration[] | undefined, Toleration[]]> = [
    ['adds both to a pod without tolerations', undefined, [notReady, unreachable]],
    ['keeps an explicit not-ready toleration', [{ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 5 }],
      [{ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 5 }, unreachable]],
    ['an empty key tolerates both', [{ operator: 'Exists' }], [{ operator: 'Exists' }]],
    ['a NoSchedule toleration does not count', [{ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoSchedule' }],
      [{ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoSchedule' }, notReady, unreachable]],
  ];
  for (const [name, existing, expected] of cases) it(name, () => expect(tolerationsAfter(existing)).toEqual(expected));
});
