// The file system a shell sees. On the workstation it is the learner's workspace (a real
// directory in the CLI, an in-memory tree persisted to IndexedDB in the browser); inside a pod
// or node it is that container's files.

export interface FileSystem {
  /** Contents of a file, or undefined when there is no such file. */
  read(path: string): string | undefined;
  write(path: string, content: string): void;
  append(path: string, content: string): void;
  exists(path: string): boolean;
  isDir(path: string): boolean;
  /** Names (not paths) of a directory's entries, sorted; undefined when not a directory. */
  list(path: string): string[] | undefined;
  mkdir(path: string, recursive?: boolean): void;
  remove(path: string, recursive?: boolean): void;
}

/** Joins and normalises POSIX paths: `resolvePath('/a/b', '../c')` → `/a/c`. */
export function resolvePath(cwd: string, p: string): string {
  const parts = (p.startsWith('/') ? p : `${cwd}/${p}`).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}

export function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}

export function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}
