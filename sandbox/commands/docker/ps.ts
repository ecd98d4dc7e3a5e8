// `docker ps [-a] [-q] [--no-trunc] [--format TEMPLATE] [-f name=…]`: the kind node containers as
// Docker 28's CLI lists them (its tabwriter: minwidth 10, padding 3; go-units durations).

import type { CommandContext } from '../types.js';
import { humanDuration, nodeContainers, type Container } from './containers.js';
import { PS_HELP } from './help.js';

const HEADERS: Record<string, string> = {
  ID: 'CONTAINER ID', Image: 'IMAGE', Command: 'COMMAND', CreatedAt: 'CREATED AT', RunningFor: 'CREATED',
  Ports: 'PORTS', State: 'STATE', Status: 'STATUS', Names: 'NAMES', Networks: 'NETWORKS', Mounts: 'MOUNTS', Size: 'SIZE',
  Labels: 'LABELS', LocalVolumes: 'LOCAL VOLUMES',
};
const DEFAULT_TABLE = 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';

/** Go's `time.Time.String()` in UTC, as CREATED AT shows. */
function goTime(ms: number): string {
  const d = new Date(ms).toISOString();
  return `${d.slice(0, 10)} ${d.slice(11, 19)} +0000 UTC`;
}

function field(c: Container, name: string, now: number, trunc: boolean): string | undefined {
  switch (name) {
    case 'ID': return trunc ? c.id.slice(0, 12) : c.id;
    case 'Image': return c.image;
    // formatter.ContainerContext.Command: Ellipsis(command, 20), then strconv.Quote.
    case 'Command': return JSON.stringify(trunc && [...c.command].length > 20 ? [...c.command].slice(0, 19).join('') + '…' : c.command);
    case 'CreatedAt': return goTime(c.created);
    case 'RunningFor': return `${humanDuration(now - c.created)} ago`;
    case 'Ports': return c.ports;
    case 'State': return 'running';
    case 'Status': return `Up ${humanDuration(now - c.created)}`;
    case 'Names': return c.name;
    case 'Networks': return 'kind';
    case 'Mounts': return '/lib/modules';
    case 'Size': return '0B';
    case 'Labels': return Object.entries(c.labels).map(([k, v]) => `${k}=${v}`).join(',');
    // kind gives each node an anonymous volume for /var.
    case 'LocalVolumes': return '1';
  }
  return undefined;
}

class TemplateError extends Error {}

/** Fills `{{.Field}}` placeholders (the only template form supported here). */
function render(tpl: string, get: (f: string) => string | undefined): string {
  return tpl.replace(/\{\{\s*([^}]*?)\s*\}\}/g, (whole, expr: string, at: number) => {
    const m = /^\.([A-Za-z]\w*)$/.exec(expr);
    const v = m ? get(m[1]!) : undefined;
    if (v === undefined) {
      if (m) throw new TemplateError(`template: :1:${at + 2}: executing "" at <.${m[1]}>: can't evaluate field ${m[1]} in type *formatter.ContainerContext`);
      throw new TemplateError(`knet: docker ps --format supports only {{.Field}} placeholders, not ${whole}`);
    }
    return v;
  });
}

/** text/tabwriter(minwidth 10, tabwidth 1, padding 3): cells end at tabs, the last is not padded. */
export function tabwrite(lines: string[]): string {
  const rows = lines.map((l) => l.split('\t'));
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => i < r.length - 1 && (widths[i] = Math.max(widths[i] ?? 0, [...c].length)));
  return rows.map((r) => r.map((c, i) => (i < r.length - 1 ? c.padEnd(Math.max(widths[i]! + 3, 10) - [...c].length + c.length) : c)).join('') + '\n').join('');
}

export function ps(ctx: CommandContext, args: string[]): number {
  let format = '';
  let quiet = false;
  let trunc = true;
  let last = -1;
  const filters: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const eq = a.indexOf('=');
    const [flag, inline] = a.startsWith('--') && eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
    const value = () => inline ?? args[++i];
    if (flag === '--help') {
      ctx.stdout(PS_HELP);
      return 0;
    }
    if (flag === '--all' || /^-[aq]+$/.test(flag)) quiet ||= flag.includes('q');
    else if (flag === '--quiet') quiet = true;
    else if (flag === '--no-trunc') trunc = false;
    else if (flag === '-l' || flag === '--latest') last = 1;
    else if (flag === '-n' || flag === '--last') {
      const v = value() ?? '';
      if (!/^-?\d+$/.test(v)) {
        ctx.stderr(`invalid argument "${v}" for "-n, --last" flag: strconv.ParseInt: parsing "${v}": invalid syntax\nSee 'docker ps --help'.\n`);
        return 125;
      }
      last = Number(v);
    }
    else if (flag === '--format') format = value() ?? '';
    else if (flag === '-f' || flag === '--filter') filters.push(value() ?? '');
    else {
      ctx.stderr(flag.startsWith('--') ? `unknown flag: ${flag}\nSee 'docker ps --help'.\n` : a.startsWith('-') ? `unknown shorthand flag: '${a[1]}' in ${a}\nSee 'docker ps --help'.\n` : `"docker ps" accepts no arguments.\nSee 'docker ps --help'.\n\nUsage:  docker ps [OPTIONS]\n\nList containers\n`);
      return a.startsWith('-') ? 125 : 1;
    }
  }
  let list = nodeContainers(ctx.cluster);
  if (last >= 0) list = list.slice(0, last);
  for (const f of filters) {
    const [k, v = ''] = f.split(/=(.*)/s);
    if (k === 'name') list = list.filter((c) => new RegExp(v).test(c.name));
    else if (k === 'status') list = list.filter(() => v === 'running');
    else if (k === 'id') list = list.filter((c) => c.id.startsWith(v));
    else {
      ctx.stderr(`Error response from daemon: invalid filter '${k}'\n`);
      return 1;
    }
  }
  if (quiet && !format) format = '{{.ID}}';
  if (format.trim() === 'json') {
    // One JSON object per container, keys sorted as Go marshals a map.
    const keys = Object.keys(HEADERS).sort();
    ctx.stdout(list.map((c) => JSON.stringify(Object.fromEntries(keys.map((k) => [k, field(c, k, ctx.cluster.now, trunc)]))) + '\n').join(''));
    return 0;
  }
  let tpl = format || DEFAULT_TABLE;
  const table = /^\s*table(\s|$)/.test(tpl);
  if (table) tpl = tpl.replace(/^\s*table/, '');
  tpl = tpl.trim().replace(/\\t/g, '\t').replace(/\\n/g, '\n');
  const now = ctx.cluster.now;
  try {
    const lines = list.map((c) => render(tpl, (f) => field(c, f, now, trunc)));
    if (!table) {
      ctx.stdout(lines.map((l) => l + '\n').join(''));
      return 0;
    }
    const header = render(tpl, (f) => (f in HEADERS ? HEADERS[f] : undefined));
    ctx.stdout(tabwrite([header, ...lines]));
    return 0;
  } catch (e) {
    if (!(e instanceof TemplateError)) throw e;
    ctx.stderr(`${e.message}\n`);
    return 1;
  }
}
