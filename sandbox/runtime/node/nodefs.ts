// The workstation's files in the CLI: the learner's real workspace directory is the home
// directory; other absolute paths live in memory for the duration of the process.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FileSystem } from '../../fs/types.js';
import { MemoryFs } from '../../fs/memfs.js';

export class NodeFs implements FileSystem {
  private readonly overlay = new MemoryFs();

  /** `home` is the virtual path (`/home/learner`) that maps onto `root` on disk. */
  constructor(
    private readonly root: string,
    private readonly home: string,
  ) {}

  private real(p: string): string | undefined {
    if (p === this.home) return this.root;
    if (p.startsWith(this.home + '/')) return path.join(this.root, p.slice(this.home.length + 1));
    return undefined;
  }

  read(p: string): string | undefined {
    const r = this.real(p);
    if (r === undefined) return this.overlay.read(p);
    try {
      return fs.statSync(r).isFile() ? fs.readFileSync(r, 'utf8') : undefined;
    } catch {
      return undefined;
    }
  }

  write(p: string, content: string): void {
    const r = this.real(p);
    if (r === undefined) return this.overlay.write(p, content);
    fs.mkdirSync(path.dirname(r), { recursive: true });
    fs.writeFileSync(r, content);
  }

  append(p: string, content: string): void {
    const r = this.real(p);
    if (r === undefined) return this.overlay.append(p, content);
    fs.mkdirSync(path.dirname(r), { recursive: true });
    fs.appendFileSync(r, content);
  }

  exists(p: string): boolean {
    const r = this.real(p);
    if (r === undefined) return this.overlay.exists(p) || this.home.startsWith(p === '/' ? '/' : p + '/');
    return fs.existsSync(r);
  }

  isDir(p: string): boolean {
    const r = this.real(p);
    if (r === undefined) return this.overlay.isDir(p) || this.home.startsWith(p === '/' ? '/' : p + '/');
    try {
      return fs.statSync(r).isDirectory();
    } catch {
      return false;
    }
  }

  list(p: string): string[] | undefined {
    const r = this.real(p);
    if (r === undefined) {
      const names = new Set(this.overlay.list(p) ?? []);
      // Show the path down to the home directory (`ls /home` lists `learner`).
      const prefix = p === '/' ? '/' : p + '/';
      if (this.home.startsWith(prefix)) names.add(this.home.slice(prefix.length).split('/')[0]!);
      return names.size || this.overlay.isDir(p) ? [...names].sort() : undefined;
    }
    try {
      // Hide knet's own state directory from the learner's listing.
      return fs.readdirSync(r).filter((n) => n !== '.knet' && n !== '.git').sort();
    } catch {
      return undefined;
    }
  }

  mkdir(p: string, recursive = true): void {
    const r = this.real(p);
    if (r === undefined) return this.overlay.mkdir(p, recursive);
    fs.mkdirSync(r, { recursive });
  }

  remove(p: string, recursive = false): void {
    const r = this.real(p);
    if (r === undefined) return this.overlay.remove(p, recursive);
    fs.rmSync(r, { recursive, force: false });
  }
}
