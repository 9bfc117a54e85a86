// A container's simulated filesystem: regular files with text content and directories, enough
// for touch/rm/cat/echo-redirect/mkdir/test in probe scripts. Paths are absolute after
// normalisation (the working directory is `/`). Leaves out permissions, links and sizes.
const BASE_DIRS = ['/', '/bin', '/dev', '/etc', '/home', '/proc', '/root', '/run', '/sys', '/tmp', '/usr', '/usr/bin',
  '/usr/local', '/usr/share', '/var', '/var/log', '/var/run'];

export class SimFs {
  private readonly files = new Map<string, string>();
  private readonly dirs = new Set<string>(BASE_DIRS);

  /** A filesystem holding the image's files (their parent directories are created too). */
  static withFiles(paths: readonly string[]): SimFs {
    const fs = new SimFs();
    for (const p of paths) { fs.mkdirs(parentOf(normalize(p))); fs.write(p, ''); }
    return fs;
  }

  isFile(path: string): boolean { return this.files.has(normalize(path)); }
  isDir(path: string): boolean { return this.dirs.has(normalize(path)); }
  exists(path: string): boolean { return this.isFile(path) || this.isDir(path); }
  read(path: string): string | undefined { return this.files.get(normalize(path)); }
  parentExists(path: string): boolean { return this.dirs.has(parentOf(normalize(path))); }

  write(path: string, content: string): void { this.files.set(normalize(path), content); }
  append(path: string, content: string): void { this.write(path, (this.read(path) ?? '') + content); }
  remove(path: string): boolean { return this.files.delete(normalize(path)); }

  removeTree(path: string): boolean {
    const p = normalize(path);
    let removed = this.files.delete(p);
    if (this.dirs.has(p) && p !== '/') {
      for (const f of [...this.files.keys()]) if (f.startsWith(`${p}/`)) this.files.delete(f);
      for (const d of [...this.dirs]) if (d === p || d.startsWith(`${p}/`)) this.dirs.delete(d);
      removed = true;
    }
    return removed;
  }

  mkdir(path: string): void { this.dirs.add(normalize(path)); }

  mkdirs(path: string): void {
    let p = normalize(path);
    while (p !== '/' && !this.dirs.has(p)) { this.dirs.add(p); p = parentOf(p); }
  }
}

export function normalize(path: string): string {
  if (isNormal(path)) return path; // the usual case (image files, mount paths): nothing to split
  const parts: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return `/${parts.join('/')}`;
}

/** Absolute with no empty, `.` or `..` segment and no trailing slash: what normalize returns. */
function isNormal(path: string): boolean {
  if (path === '/') return true;
  return path.startsWith('/') && !path.endsWith('/') && !path.includes('//') && !path.includes('/./') && !path.endsWith('/.')
    && !path.includes('/../') && !path.endsWith('/..');
}

function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}
