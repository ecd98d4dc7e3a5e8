// An in-memory file system: the browser's workspace, and every container's files.

import { dirname, type FileSystem } from './types.js';

export class MemoryFs implements FileSystem {
  private files = new Map<string, string>();
  private dirs = new Set<string>(['/']);

  constructor(initial: Record<string, string> = {}) {
    for (const [p, c] of Object.entries(initial)) this.write(p, c);
  }

  read(path: string): string | undefined {
    return this.files.get(path);
  }

  write(path: string, content: string): void {
    this.mkdir(dirname(path), true);
    this.files.set(path, content);
  }

  append(path: string, content: string): void {
    this.write(path, (this.files.get(path) ?? '') + content);
  }

  exists(path: string): boolean {
    return this.files.has(path) || this.dirs.has(path);
  }

  isDir(path: string): boolean {
    return this.dirs.has(path);
  }

  list(path: string): string[] | undefined {
    if (!this.dirs.has(path)) return undefined;
    const prefix = path === '/' ? '/' : path + '/';
    const names = new Set<string>();
    for (const p of [...this.files.keys(), ...this.dirs]) {
      if (p !== path && p.startsWith(prefix)) names.add(p.slice(prefix.length).split('/')[0]!);
    }
    return [...names].sort();
  }

  mkdir(path: string, recursive = true): void {
    if (this.dirs.has(path)) return;
    if (!recursive && !this.dirs.has(dirname(path))) throw new Error(`cannot create directory '${path}': No such file or directory`);
    this.mkdir(dirname(path), true);
    this.dirs.add(path);
  }

  remove(path: string, recursive = false): void {
    if (this.files.delete(path)) return;
    if (this.dirs.has(path)) {
      const inside = [...this.files.keys(), ...this.dirs].filter((p) => p.startsWith(path + '/'));
      if (inside.length && !recursive) throw new Error(`cannot remove '${path}': Directory not empty`);
      for (const p of inside) {
        this.files.delete(p);
        this.dirs.delete(p);
      }
      this.dirs.delete(path);
    }
  }

  /** Every file, by path: what the runtime persists. */
  dump(): Record<string, string> {
    return Object.fromEntries([...this.files.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  }
}
