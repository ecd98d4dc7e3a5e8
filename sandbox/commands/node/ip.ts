// iproute2's `ip addr` / `ip link` / `ip route` on a kind node: eth0 on the kind Docker network,
// one ptp veth per local pod (its /32 scope-host route), kindnetd's routes to the other nodes.

import type { KubeObject } from '../../api/types.js';
import { DOCKER_GATEWAY, nodeIP } from '../../net/connect/index.js';
import { fnv32a } from '../../util/hash.js';
import type { Command, CommandContext } from '../types.js';
import { kindnetRunning, linkLocal, macOf, nodeMac, netnsName, nodeOf, vethIndex, vethName, vethPods } from './common.js';

const V6_PREFIX = 'fc00:f853:ccd:e793::';
const LFT = '       valid_lft forever preferred_lft forever\n';

interface Link {
  index: number;
  name: string;
  head: string;
  link: string;
  addrs: string[];
}

function links(ctx: CommandContext, node: KubeObject): Link[] {
  const ip = nodeIP(node);
  const last = ip.split('.')[3];
  const mac = nodeMac(node);
  const out: Link[] = [
    {
      index: 1,
      name: 'lo',
      head: 'lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000',
      link: 'link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00',
      addrs: ['inet 127.0.0.1/8 scope host lo', 'inet6 ::1/128 scope host'],
    },
    {
      index: 2,
      name: 'eth0',
      // The peer is the Docker bridge's veth in the workstation's namespace.
      head: `eth0@if${10 + (fnv32a(`if:${node.metadata.name}`) % 40)}: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default`,
      link: `link/ether ${mac} brd ff:ff:ff:ff:ff:ff link-netnsid 0`,
      addrs: [`inet ${ip}/16 brd 172.18.255.255 scope global eth0`, `inet6 ${V6_PREFIX}${last}/64 scope global nodad`, `inet6 ${linkLocal(mac)}/64 scope link`],
    },
  ];
  const cidr = node.spec?.podCIDR ?? '';
  const gw = cidr ? cidr.replace(/\.\d+\/\d+$/, '.1') : '';
  for (const pod of vethPods(ctx.cluster, node.metadata.name!)) {
    const name = vethName(pod);
    const vmac = macOf(`veth:${pod.metadata.uid}`);
    out.push({
      index: vethIndex(pod),
      name,
      head: `${name}@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default`,
      link: `link/ether ${vmac} brd ff:ff:ff:ff:ff:ff link-netns ${netnsName(pod)}`,
      addrs: [`inet ${gw}/32 scope global ${name}`, `inet6 ${linkLocal(vmac)}/64 scope link`],
    });
  }
  return out.sort((a, b) => a.index - b.index);
}

const ipNum = (s: string) => s.split('.').reduce((n, o) => n * 256 + Number(o), 0);

function routes(ctx: CommandContext, node: KubeObject): string[] {
  const ip = nodeIP(node);
  const rows: [string, string][] = [];
  for (const pod of vethPods(ctx.cluster, node.metadata.name!)) rows.push([pod.status.podIP, `${pod.status.podIP} dev ${vethName(pod)} scope host`]);
  if (kindnetRunning(ctx.cluster, node.metadata.name!)) {
    for (const other of ctx.cluster.store.list('nodes')) {
      const cidr = other.spec?.podCIDR;
      if (other.metadata.name === node.metadata.name || !cidr) continue;
      rows.push([cidr, `${cidr} via ${nodeIP(other)} dev eth0`]);
    }
  }
  rows.push(['172.18.0.0/16', `172.18.0.0/16 dev eth0 proto kernel scope link src ${ip}`]);
  // The kernel's FIB dump order: by destination address, then prefix length.
  const key = (d: string) => [ipNum(d.split('/')[0]!), Number(d.split('/')[1] ?? 32)] as const;
  rows.sort((a, b) => key(a[0])[0] - key(b[0])[0] || key(a[0])[1] - key(b[0])[1]);
  return [`default via ${DOCKER_GATEWAY} dev eth0`, ...rows.map((r) => r[1])];
}

/** `ip -6 route`: the kind network's IPv6 prefix, a link-local route per interface, the v6 gateway. */
function routes6(ctx: CommandContext, node: KubeObject): string[] {
  const tail = 'proto kernel metric 256 pref medium';
  const veths = vethPods(ctx.cluster, node.metadata.name!).map((p) => `fe80::/64 dev ${vethName(p)} ${tail}`);
  return [`${V6_PREFIX}/64 dev eth0 ${tail}`, `fe80::/64 dev eth0 ${tail}`, ...veths, `default via ${V6_PREFIX}1 dev eth0 metric 1024 pref medium`];
}

/** iproute2's -brief form: name (%-16s), state (%-14s), then addresses or MAC and flags, each followed by a space. */
function briefLine(l: Link, link: boolean, family: '4' | '6' | undefined): string {
  const [, name, flags, state] = /^(\S+): (<[^>]*>).* state (\S+)/.exec(l.head)!;
  const head = `${name!.padEnd(16)} ${state!.padEnd(14)} `;
  if (link) return `${head}${l.link.split(' ')[1]} ${flags} \n`;
  const addrs = l.addrs.filter((a) => !family || (family === '6') === a.startsWith('inet6')).map((a) => a.split(' ')[1]);
  if (family && !addrs.length) return '';
  return `${head}${addrs.map((a) => `${a} `).join('')}\n`;
}

const OBJECTS: [string, string][] = [['address', 'address'], ['link', 'link'], ['route', 'route']];

function usage(ctx: CommandContext): number {
  ctx.stderr('Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\n       ip [ -force ] -batch filename\nwhere  OBJECT := { address | addrlabel | fou | help | ila | ioam | l2tp | link |\n                   macsec | maddress | monitor | mptcp | mroute | mrule |\n                   neighbor | neighbour | netconf | netns | nexthop | ntable |\n                   ntbl | route | rule | sr | tap | tcpmetrics |\n                   token | tunnel | tuntap | vrf | xfrm }\n       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] | -r[esolve] |\n                    -h[uman-readable] | -iec | -j[son] | -p[retty] |\n                    -f[amily] { inet | inet6 | mpls | bridge | link } |\n                    -4 | -6 | -M | -B | -0 |\n                    -l[oops] { maximum-addr-flush-attempts } | -br[ief] |\n                    -o[neline] | -t[imestamp] | -ts[hort] | -b[atch] [filename] |\n                    -rc[vbuf] [size] | -n[etns] name | -N[umeric] | -a[ll] |\n                    -c[olor]}\n');
  return 255;
}

function run(ctx: CommandContext): number {
  let args = ctx.argv.slice(1);
  let family: '4' | '6' | undefined;
  let brief = false;
  while (args[0]?.startsWith('-')) {
    if (args[0] === '-4' || args[0] === '-6') family = args[0][1] as '4' | '6';
    else if (args[0] === '-br' || args[0] === '-brief') brief = true;
    else {
      ctx.stderr(`Option "${args[0]}" is unknown, try "ip -help".\n`);
      return 255;
    }
    args = args.slice(1);
  }
  const [objArg, cmd = 'show'] = args;
  if (!objArg) return usage(ctx);
  // iproute2's matches(): any prefix of the object's name.
  const obj = OBJECTS.find(([full]) => full.startsWith(objArg));
  if (!obj) {
    ctx.stderr(`Object "${objArg}" is unknown, try "ip help".\n`);
    return 1;
  }
  if (!['show', 'list', 'ls', 'lst', 's', 'sh'].includes(cmd)) {
    ctx.stderr(`Command "${cmd}" is unknown, try "ip ${obj[1]} help".\n`);
    return 255;
  }
  const node = nodeOf(ctx);
  if (!node) {
    ctx.stderr('ip: no node network namespace here\n');
    return 1;
  }
  if (obj[0] === 'route') {
    ctx.stdout((family === '6' ? routes6(ctx, node) : routes(ctx, node)).map((l) => l + '\n').join(''));
    return 0;
  }
  if (brief) {
    ctx.stdout(links(ctx, node).map((l) => briefLine(l, obj[0] === 'link', family)).filter((x) => x).join(''));
    return 0;
  }
  let out = '';
  for (const l of links(ctx, node)) {
    if (obj[0] === 'link') {
      out += `${l.index}: ${l.head}\n    ${l.link}\n`;
      continue;
    }
    // With -4/-6, only interfaces holding such an address, and no link/ether line.
    const addrs = l.addrs.filter((a) => !family || (family === '6') === a.startsWith('inet6'));
    if (family && !addrs.length) continue;
    out += `${l.index}: ${l.head}\n${family ? '' : `    ${l.link}\n`}`;
    for (const a of addrs) out += `    ${a}\n${LFT}`;
  }
  ctx.stdout(out);
  return 0;
}

export const ip: Command = { name: 'ip', run };
