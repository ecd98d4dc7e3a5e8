// `docker inspect [-f TEMPLATE] NAME…` for the kind node containers (the fields kind users read:
// State, Config, NetworkSettings.Networks.kind), and `docker network ls`.

import type { CommandContext } from '../types.js';
import { nodeIP } from '../../net/connect/index.js';
import { hexOf, nodeMac } from '../node/common.js';
import { findContainer, NODE_COMMAND, type Container } from './containers.js';
import { tabwrite } from './ps.js';
import { renderTemplate, TemplateError } from './template.js';

const V6 = 'fc00:f853:ccd:e793::';
/** Go's RFC3339Nano: the fraction without trailing zeros (none at all on a whole second). */
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.(\d*?)0*Z$/, (_m, f: string) => (f ? `.${f}Z` : 'Z'));
/** The `kind` network's ID, fixed per cluster name. */
export const networkID = (name: string) => hexOf(`docker-network:${name}`);

function inspectObject(c: Container): Record<string, unknown> {
  const ip = nodeIP(c.node);
  const ports: Record<string, unknown> = c.ports ? { '6443/tcp': [{ HostIp: '127.0.0.1', HostPort: c.ports.replace(/^127\.0\.0\.1:(\d+)->.*$/, '$1') }] } : {};
  const [path, ...args] = NODE_COMMAND.split(' ');
  return {
    Id: c.id,
    Created: iso(c.created),
    Path: path,
    Args: args,
    State: { Status: 'running', Running: true, Paused: false, Restarting: false, OOMKilled: false, Dead: false, ExitCode: 0, Error: '', StartedAt: iso(c.created + 300), FinishedAt: '0001-01-01T00:00:00Z' },
    Image: `sha256:${hexOf(`image:${c.image}`)}`,
    Name: `/${c.name}`,
    RestartCount: 0,
    Config: { Hostname: c.name, Image: c.image, Labels: c.labels },
    NetworkSettings: {
      Ports: ports,
      IPAddress: '',
      MacAddress: '',
      Networks: {
        kind: {
          MacAddress: nodeMac(c.node),
          NetworkID: networkID('kind'),
          EndpointID: hexOf(`endpoint:${c.id}`),
          Gateway: '172.18.0.1',
          IPAddress: ip,
          IPPrefixLen: 16,
          IPv6Gateway: `${V6}1`,
          GlobalIPv6Address: `${V6}${ip.split('.')[3]}`,
          GlobalIPv6PrefixLen: 64,
          DNSNames: [c.name, c.id.slice(0, 12)],
        },
      },
    },
  };
}

/** Go's json.MarshalIndent(v, "", "    "), as `docker inspect` prints. */
function goJson(v: unknown): string {
  return JSON.stringify(v, null, 4).replace(/[<>&]/g, (ch) => `\\u00${ch.charCodeAt(0).toString(16)}`);
}

export function inspect(ctx: CommandContext, args: string[]): number {
  let format: string | undefined;
  const names: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-f' || a === '--format') format = args[++i] ?? '';
    else if (a.startsWith('--format=')) format = a.slice(9);
    else if (a === '--type=container' || a === '-s' || a === '--size') continue;
    else if (a.startsWith('-')) {
      ctx.stderr(`unknown flag: ${a}\nSee 'docker inspect --help'.\n`);
      return 125;
    } else names.push(a);
  }
  if (!names.length) {
    ctx.stderr(`docker: 'docker inspect' requires at least 1 argument\n\nUsage:  docker inspect [OPTIONS] NAME|ID [NAME|ID...]\n\nSee 'docker inspect --help' for more information\n`);
    return 1;
  }
  const found: Record<string, unknown>[] = [];
  let status = 0;
  for (const n of names) {
    const c = findContainer(ctx.cluster, n);
    if (c) found.push(inspectObject(c));
    else {
      ctx.stderr(`Error: No such object: ${n}\n`);
      status = 1;
    }
  }
  try {
    if (format === undefined) ctx.stdout(`${goJson(found)}\n`);
    else for (const o of found) ctx.stdout(`${renderTemplate(format.replace(/\\t/g, '\t').replace(/\\n/g, '\n'), o)}\n`);
  } catch (e) {
    if (!(e instanceof TemplateError)) throw e;
    ctx.stderr(`${e.message}\n`);
    return 1;
  }
  return status;
}

/** `docker network ls`: Docker's three default networks and kind's. */
export function networkLs(ctx: CommandContext, args: string[]): number {
  if (args[0] !== 'ls' && args[0] !== 'list') {
    ctx.stderr(`knet: 'docker network ${args[0] ?? ''}' is not available here: only 'docker network ls' is.\n`);
    return 1;
  }
  const nets = [['bridge', 'bridge'], ['host', 'host'], ['kind', 'bridge'], ['none', 'null']];
  ctx.stdout(tabwrite(['NETWORK ID\tNAME\tDRIVER\tSCOPE', ...nets.map(([n, d]) => `${networkID(n!).slice(0, 12)}\t${n}\t${d}\tlocal`)]));
  return 0;
}
