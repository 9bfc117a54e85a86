// The behaviour catalogue: ordered layers of entries (built-in first, scenario overrides after)
// and the lookup from a container's image to its behaviour. Precedence: later layers before
// earlier ones; within a layer an exact `repo:tag` before `repo:*`; `default` entries only after
// every layer was searched (latest layer's default first). A digest-only image matches `repo:*`.
import { readCatalogue } from './catalogue-schema.ts';
import { parseImageRef } from './image-ref.ts';
import type { ImageRef } from './image-ref.ts';
import { BASE_BEHAVIOUR } from './types.ts';
import type { ContainerBehaviour } from './types.ts';

export type ImageResolution =
  | { kind: 'invalid'; message: string }
  | { kind: 'resolved'; ref: ImageRef; behaviour: ContainerBehaviour };

export class CatalogueError extends Error {
  constructor(readonly errors: string[]) {
    super(`invalid behaviour catalogue:\n  ${errors.join('\n  ')}`);
    this.name = 'CatalogueError';
  }
}

const FALLBACK: ContainerBehaviour = { ...BASE_BEHAVIOUR, match: 'default', source: { file: '(built-in)', line: 0 } };

export class BehaviourCatalogue {
  private readonly layers: ContainerBehaviour[][] = [];

  /** Parses and adds a layer; throws CatalogueError listing every problem with file:line. */
  addYaml(file: string, text: string): this {
    const { entries, errors } = readCatalogue(file, text);
    if (errors.length > 0) throw new CatalogueError(errors);
    this.layers.push(entries);
    return this;
  }

  addEntries(entries: ContainerBehaviour[]): this {
    this.layers.push(entries);
    return this;
  }

  /** A copy with the same layers, so a scenario can add overrides without touching the base. */
  fork(): BehaviourCatalogue {
    const copy = new BehaviourCatalogue();
    for (const layer of this.layers) copy.layers.push(layer);
    return copy;
  }

  resolve(image: string): ImageResolution {
    const parsed = parseImageRef(image);
    if (!parsed.ok) return { kind: 'invalid', message: parsed.message };
    return { kind: 'resolved', ref: parsed.ref, behaviour: this.lookup(parsed.ref) };
  }

  /** Whether any layer names this image explicitly (exact or wildcard), for step validation. */
  knows(image: string): boolean {
    const parsed = parseImageRef(image);
    return parsed.ok && this.lookup(parsed.ref).match !== 'default';
  }

  private lookup(ref: ImageRef): ContainerBehaviour {
    const exact = ref.tag === undefined ? undefined : `${ref.repository}:${ref.tag}`;
    const wildcard = `${ref.repository}:*`;
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const layer = this.layers[i] ?? [];
      const hit = layer.find((e) => e.match === exact) ?? layer.find((e) => e.match === wildcard);
      if (hit) return hit;
    }
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const hit = (this.layers[i] ?? []).find((e) => e.match === 'default');
      if (hit) return hit;
    }
    return FALLBACK;
  }
}
