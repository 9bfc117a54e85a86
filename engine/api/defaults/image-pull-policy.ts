// The default imagePullPolicy of a container: Always when the image's tag is `latest` (or it has
// neither tag nor digest, which means latest), IfNotPresent otherwise — also when the reference
// does not parse. Models pkg/apis/core/v1/defaults.go → SetDefaults_Container with
// pkg/util/parsers/parsers.go → ParseImageName. Reference grammar is approximated: a repository
// path with uppercase letters or empty components is treated as unparseable.

/** The tag ParseImageName reports: explicit tag, `latest` when neither tag nor digest, '' on error. */
export function imageTag(image: string): string {
  const at = image.indexOf('@');
  const name = at < 0 ? image : image.slice(0, at);
  const digest = at < 0 ? '' : image.slice(at + 1);
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  const tag = colon > slash ? name.slice(colon + 1) : '';
  const repo = colon > slash ? name.slice(0, colon) : name;
  if (!isParseable(repo, tag)) return '';
  return tag === '' && digest === '' ? 'latest' : tag;
}

function isParseable(repo: string, tag: string): boolean {
  if (repo === '' || repo.split('/').some((c) => c === '')) return false;
  const path = repo.includes('/') && /[.:]|^localhost$/.test(repo.split('/')[0] ?? '') ? repo.slice(repo.indexOf('/') + 1) : repo;
  if (!/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(path)) return false;
  return tag === '' || /^[\w][\w.-]{0,127}$/.test(tag);
}

/** Policies of the images seen so far: a cluster runs few distinct images, many times over. */
const policyOf = new Map<string, 'Always' | 'IfNotPresent'>();
const MAX_REMEMBERED = 10_000;

export function defaultImagePullPolicy(image: string): 'Always' | 'IfNotPresent' {
  let policy = policyOf.get(image);
  if (policy === undefined) {
    policy = imageTag(image) === 'latest' ? 'Always' : 'IfNotPresent';
    if (policyOf.size >= MAX_REMEMBERED) policyOf.clear();
    policyOf.set(image, policy);
  }
  return policy;
}
