// Image references: parsing, the default `:latest` tag and the familiar name used for catalogue
// matching. Models pkg/kubelet/images/image_manager.go → applyDefaultImageTag over the
// distribution reference grammar (github.com/distribution/reference → ParseNormalizedNamed).
// Leaves out digest algorithm validation beyond `algo:hex` and the 255-character name limit.
export interface ImageRef {
  /** The reference as the kubelet pulls it: the spec string, with `:latest` added when untagged. */
  pullName: string;
  /** Familiar repository name: `nginx`, `bitnami/redis`, `registry.k8s.io/pause`. */
  repository: string;
  tag?: string;
  digest?: string;
}

export type ImageRefResult = { ok: true; ref: ImageRef } | { ok: false; message: string };

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::\d+)?$/;
const TAG = /^\w[\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$/;

/** Parses an image string; the failure message is the kubelet's InvalidImageName text. */
export function parseImageRef(image: string): ImageRefResult {
  const fail = (detail: string): ImageRefResult => ({
    ok: false,
    message: `Failed to apply default image tag "${image}": couldn't parse image name "${image}": ${detail}`,
  });
  let rest = image;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) return fail('invalid reference format');
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) return fail('invalid reference format');
  }
  const parts = rest.split('/');
  const first = parts[0] ?? '';
  const hasDomain = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase());
  const domain = hasDomain ? first : undefined;
  const path = hasDomain ? parts.slice(1) : parts;
  if (domain !== undefined && !DOMAIN.test(domain)) return fail('invalid reference format');
  if (path.length === 0 || path.some((p) => p === '')) return fail('invalid reference format');
  if (path.some((p) => !COMPONENT.test(p))) {
    const lower = path.every((p) => COMPONENT.test(p.toLowerCase()));
    if (!lower) return fail('invalid reference format');
    const full = (domain === undefined && path.length === 1 ? ['library', ...path] : path).join('/');
    return fail(`invalid reference format: repository name (${full}) must be lowercase`);
  }
  const repository = familiarName(domain, path);
  const pullName = tag === undefined && digest === undefined ? `${image}:latest` : image;
  const ref: ImageRef = { pullName, repository };
  if (tag !== undefined) ref.tag = tag;
  if (digest !== undefined) ref.digest = digest;
  return { ok: true, ref };
}

/** docker.io/library/nginx → nginx; docker.io/bitnami/redis → bitnami/redis; others unchanged. */
function familiarName(domain: string | undefined, path: string[]): string {
  if (domain === undefined || domain === 'docker.io' || domain === 'index.docker.io') {
    const p = path[0] === 'library' && path.length === 2 ? path.slice(1) : path;
    return p.join('/');
  }
  return `${domain}/${path.join('/')}`;
}
