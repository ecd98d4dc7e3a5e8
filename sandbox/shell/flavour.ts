// Which shell runs where, and the wording that differs between bash, busybox ash and dash.

import type { HostInfo } from '../commands/types.js';

export type Flavour = 'bash' | 'ash' | 'dash';

/** Images whose `sh` is busybox ash (busybox itself and Alpine-based images). */
const ASH_IMAGES = /(^|\/)(busybox|alpine|curl|netshoot|agnhost|http-echo|whoami|redis:.*alpine|nginx:.*alpine|postgres:.*alpine)/;
/** Images that ship bash. */
const BASH_IMAGES = /(^|\/)(nginx|netshoot|postgres|redis|ubuntu|debian|kindest\/node)/;

/** The flavour of shell `name` (`sh`, `bash`, `ash`) on a host. */
export function flavourFor(host: HostInfo, name: string): Flavour {
  const base = name.replace(/^.*\//, '');
  if (base === 'bash') return 'bash';
  if (host.kind === 'workstation') return base === 'sh' ? 'dash' : 'bash';
  // A kind node is Debian (dash as sh) unless a debug container's image says otherwise.
  if (host.kind === 'node' && !host.image) return 'dash';
  return ASH_IMAGES.test(host.image ?? 'busybox') ? 'ash' : 'dash';
}

/** Whether the host's tools are busybox applets (their messages differ from GNU's). */
export function isBusybox(host: HostInfo): boolean {
  return host.kind !== 'workstation' && !!host.image && ASH_IMAGES.test(host.image);
}

/** Whether `bash` exists on the host. */
export function hasBash(host: HostInfo): boolean {
  if (host.kind === 'workstation' || (host.kind === 'node' && !host.image)) return true;
  const image = host.image ?? '';
  return BASH_IMAGES.test(image) && !/alpine/.test(image) ? true : /netshoot/.test(image);
}

/** `$0` and the prefix of the shell's own error messages. */
export function shellName(f: Flavour): string {
  return f === 'bash' ? 'bash' : 'sh';
}

export function notFoundMessage(f: Flavour, name: string, line: number): string {
  if (f === 'bash') return `bash: ${name}: command not found\n`;
  if (f === 'dash') return `sh: ${line}: ${name}: not found\n`;
  return `sh: ${name}: not found\n`;
}

/** A syntax error as each shell words it (bash's text is the reference; ash and dash differ). */
export function syntaxMessage(f: Flavour, msg: string, line: number): string {
  if (f === 'bash') return `bash: ${msg}\n`;
  const near = /near unexpected token `(.*)'$/.exec(msg);
  if (f === 'dash') return `sh: ${line}: Syntax error: ${near ? `"${near[1]}" unexpected` : msg.includes('end of file') ? 'end of file unexpected' : msg}\n`;
  return `sh: syntax error: ${near ? `unexpected "${near[1]}"` : msg.includes('end of file') ? 'unexpected end of file' : msg}\n`;
}

/** The prompt: bash's Debian default for users, `# ` style for root in containers. */
export function promptFor(f: Flavour, host: HostInfo, cwd: string, home: string): string {
  const user = host.kind === 'workstation' ? 'learner' : 'root';
  const dir = cwd === home ? '~' : cwd.startsWith(home + '/') ? '~' + cwd.slice(home.length) : cwd;
  if (f === 'bash') return `${user}@${host.hostname}:${dir}${user === 'root' ? '#' : '$'} `;
  if (f === 'ash') return `${dir} # `;
  return user === 'root' ? '# ' : '$ ';
}
