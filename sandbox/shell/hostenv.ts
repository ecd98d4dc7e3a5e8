// The starting environment of a shell on each kind of host, and the tracking file system that
// records which workspace files a line read (for the journal).

import type { HostInfo } from '../commands/types.js';
import type { FileSystem } from '../fs/types.js';

export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
export const WORKSTATION: HostInfo = { kind: 'workstation', hostname: 'knet' };

/** Exported variables a login shell starts with on `host`. */
export function defaultEnv(host: HostInfo, home: string): Record<string, string> {
  if (host.kind === 'workstation') {
    return { HOME: home, LANG: 'C.UTF-8', LOGNAME: 'learner', PATH: DEFAULT_PATH, SHELL: '/bin/bash', TERM: 'xterm-256color', USER: 'learner' };
  }
  return { HOME: '/root', HOSTNAME: host.hostname, PATH: DEFAULT_PATH, TERM: 'xterm' };
}

/** Where each host's shell starts. */
export function startDir(host: HostInfo, home: string): string {
  return host.kind === 'workstation' ? home : '/';
}

/** A label for the journal's `where`. */
export function whereOf(host: HostInfo): string {
  if (host.kind === 'workstation') return 'workstation';
  if (host.kind === 'node') return `node/${host.node ?? host.hostname}`;
  return `pod/${host.namespace ?? 'default'}/${host.pod ?? host.hostname}${host.container ? `/${host.container}` : ''}`;
}

/** Wraps a file system and reports every successful read. */
export class TrackingFs implements FileSystem {
  constructor(
    private readonly inner: FileSystem,
    private readonly onRead: (path: string, content: string) => void,
  ) {}
  read(path: string): string | undefined {
    const c = this.inner.read(path);
    if (c !== undefined) this.onRead(path, c);
    return c;
  }
  write(path: string, content: string): void {
    this.inner.write(path, content);
  }
  append(path: string, content: string): void {
    this.inner.append(path, content);
  }
  exists(path: string): boolean {
    return this.inner.exists(path);
  }
  isDir(path: string): boolean {
    return this.inner.isDir(path);
  }
  list(path: string): string[] | undefined {
    return this.inner.list(path);
  }
  mkdir(path: string, recursive?: boolean): void {
    this.inner.mkdir(path, recursive);
  }
  remove(path: string, recursive?: boolean): void {
    this.inner.remove(path, recursive);
  }
}

/**
 * Adds the `/dev/fd/N` files that process substitution (`diff <(a) <(b)`, `source <(cmd)`)
 * hands to commands, on top of a host's file system.
 */
export class DevFdFs implements FileSystem {
  readonly fds = new Map<string, string>();
  constructor(readonly inner: FileSystem) {}
  read(path: string): string | undefined {
    return this.fds.get(path) ?? this.inner.read(path);
  }
  write(path: string, content: string): void {
    if (this.fds.has(path)) this.fds.set(path, content);
    else this.inner.write(path, content);
  }
  append(path: string, content: string): void {
    if (this.fds.has(path)) this.fds.set(path, this.fds.get(path)! + content);
    else this.inner.append(path, content);
  }
  exists(path: string): boolean {
    return this.fds.has(path) || this.inner.exists(path);
  }
  isDir(path: string): boolean {
    return this.inner.isDir(path);
  }
  list(path: string): string[] | undefined {
    return this.inner.list(path);
  }
  mkdir(path: string, recursive?: boolean): void {
    this.inner.mkdir(path, recursive);
  }
  remove(path: string, recursive?: boolean): void {
    if (!this.fds.delete(path)) this.inner.remove(path, recursive);
  }
}
