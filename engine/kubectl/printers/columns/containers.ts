// The CONTAINERS and IMAGES cells of workload tables (-o wide).
// Models pkg/printers/internalversion/printers.go → layoutContainerCells: names and images joined by ",".
// Left out: nothing.
import type { Container } from 'kubernetes-types/core/v1.js';

export function containerCells(containers: Container[] | undefined): [string, string] {
  const list = containers ?? [];
  return [list.map((c) => c.name).join(','), list.map((c) => c.image ?? '').join(',')];
}
