// Every command a shell can run, by name: lazy imports so each lands in its own chunk, and
// which hosts ship it (the workstation has GNU tools, busybox pods have busybox applets).

import type { CommandEntry, HostInfo } from './types.js';
import * as net from './net/available.js';

const workstation = (h: HostInfo) => h.kind === 'workstation';
/** A kind node is a Debian container with kubectl but no jq. */
const workstationOrNode = (h: HostInfo) => h.kind !== 'pod';
/** Images that ship jq (netshoot does). */
const hasJq = (h: HostInfo) => h.kind === 'workstation' || /netshoot/.test(h.image ?? '');

export const COMMANDS: CommandEntry[] = [
  { name: 'awk', load: () => import('./coreutils/awk.js').then((m) => m.awk) },
  { name: 'base64', load: () => import('./coreutils/base64.js').then((m) => m.base64) },
  { name: 'basename', load: () => import('./coreutils/paths.js').then((m) => m.basename) },
  { name: 'cat', load: () => import('./coreutils/cat.js').then((m) => m.cat) },
  { name: 'chmod', load: () => import('./coreutils/paths.js').then((m) => m.chmod) },
  { name: 'conntrack', load: () => import('./node/conntrack.js').then((m) => m.conntrack), available: net.hasNodeNetTools },
  { name: 'cp', load: () => import('./coreutils/files.js').then((m) => m.cp) },
  { name: 'curl', load: () => import('./net/curl.js').then((m) => m.curl), available: net.hasCurl },
  { name: 'crictl', load: () => import('./node/crictl.js').then((m) => m.crictl), available: net.onNode },
  { name: 'cut', load: () => import('./coreutils/cut.js').then((m) => m.cut) },
  { name: 'date', load: () => import('./coreutils/date.js').then((m) => m.date) },
  { name: 'diff', load: () => import('./coreutils/diff.js').then((m) => m.diff) },
  { name: 'dig', load: () => import('./net/dig.js').then((m) => m.dig), available: net.hasDig },
  { name: 'dirname', load: () => import('./coreutils/paths.js').then((m) => m.dirname) },
  { name: 'docker', load: () => import('./docker/docker.js').then((m) => m.docker), available: net.hasDocker },
  { name: 'find', load: () => import('./coreutils/find.js').then((m) => m.find) },
  { name: 'grep', load: () => import('./coreutils/grep.js').then((m) => m.grep) },
  { name: 'head', load: () => import('./coreutils/head.js').then((m) => m.head) },
  { name: 'hostname', load: () => import('./coreutils/hostname.js').then((m) => m.hostname) },
  { name: 'id', load: () => import('./coreutils/sysinfo.js').then((m) => m.id) },
  { name: 'ip', load: () => import('./node/ip.js').then((m) => m.ip), available: net.hasNodeNetTools },
  { name: 'iptables', load: () => import('./node/iptables.js').then((m) => m.iptables), available: net.hasNodeNetTools },
  { name: 'iptables-save', load: () => import('./node/iptables.js').then((m) => m.iptablesSaveCmd), available: net.hasNodeNetTools },
  { name: 'jq', load: () => import('./coreutils/jq/jq.js').then((m) => m.jq), available: hasJq },
  { name: 'kubectl', load: () => import('./kubectl/kubectl.js').then((m) => m.kubectl), available: workstationOrNode },
  { name: 'less', load: () => import('./coreutils/cat.js').then((m) => m.less) },
  { name: 'ls', load: () => import('./coreutils/ls.js').then((m) => m.ls) },
  { name: 'mkdir', load: () => import('./coreutils/files.js').then((m) => m.mkdir) },
  { name: 'more', load: () => import('./coreutils/cat.js').then((m) => m.less) },
  { name: 'mv', load: () => import('./coreutils/files.js').then((m) => m.mv) },
  { name: 'nano', load: () => import('./coreutils/editor.js').then((m) => m.editor), available: workstationOrNode },
  { name: 'nc', load: () => import('./net/nc.js').then((m) => m.nc), available: net.hasNc },
  { name: 'nl', load: () => import('./coreutils/textutils.js').then((m) => m.nl) },
  { name: 'nslookup', load: () => import('./net/nslookup.js').then((m) => m.nslookup), available: net.hasNslookup },
  { name: 'ping', load: () => import('./net/ping.js').then((m) => m.ping), available: net.hasPing },
  { name: 'printenv', load: () => import('./coreutils/sysinfo.js').then((m) => m.printenv) },
  { name: 'realpath', load: () => import('./coreutils/paths.js').then((m) => m.realpath) },
  { name: 'rev', load: () => import('./coreutils/textutils.js').then((m) => m.rev) },
  { name: 'rm', load: () => import('./coreutils/files.js').then((m) => m.rm) },
  { name: 'sed', load: () => import('./coreutils/sed.js').then((m) => m.sed) },
  { name: 'seq', load: () => import('./coreutils/seq.js').then((m) => m.seq) },
  { name: 'sha256sum', load: () => import('./coreutils/textutils.js').then((m) => m.sha256sum) },
  { name: 'sort', load: () => import('./coreutils/sort.js').then((m) => m.sort) },
  { name: 'tac', load: () => import('./coreutils/textutils.js').then((m) => m.tac) },
  { name: 'tail', load: () => import('./coreutils/head.js').then((m) => m.tail) },
  { name: 'tee', load: () => import('./coreutils/tee.js').then((m) => m.tee) },
  { name: 'touch', load: () => import('./coreutils/files.js').then((m) => m.touch) },
  { name: 'tr', load: () => import('./coreutils/tr.js').then((m) => m.tr) },
  { name: 'traceroute', load: () => import('./net/traceroute.js').then((m) => m.traceroute), available: net.hasTraceroute },
  { name: 'uname', load: () => import('./coreutils/sysinfo.js').then((m) => m.uname) },
  { name: 'uniq', load: () => import('./coreutils/uniq.js').then((m) => m.uniq) },
  { name: 'vi', load: () => import('./coreutils/editor.js').then((m) => m.editor) },
  { name: 'vim', load: () => import('./coreutils/editor.js').then((m) => m.editor), available: workstation },
  { name: 'wc', load: () => import('./coreutils/wc.js').then((m) => m.wc) },
  { name: 'wget', load: () => import('./net/wget.js').then((m) => m.wget), available: net.hasWget },
  { name: 'whoami', load: () => import('./coreutils/hostname.js').then((m) => m.whoami) },
  { name: 'xargs', load: () => import('./coreutils/xargs.js').then((m) => m.xargs) },
  { name: 'yes', load: () => import('./coreutils/yes.js').then((m) => m.yes) },
];

/** The command `name` runs on `host`, if that host has it. */
export function findCommand(name: string, host: HostInfo): CommandEntry | undefined {
  const e = COMMANDS.find((c) => c.name === name);
  return e && (!e.available || e.available(host)) ? e : undefined;
}

/** Names of the commands a host has (for completion). */
export function commandNames(host: HostInfo): string[] {
  return COMMANDS.filter((c) => !c.available || c.available(host)).map((c) => c.name);
}
