// `docker` on the workstation: the kind node containers (`ps`, `exec`), Docker's own wording for
// mistakes, and an honest refusal for what needs a real engine (run, build, pull).

import { BUILTINS } from '../../shell/builtins/index.js';
import { isShell } from '../kubectl/verbs/util/podhost.js';
import { findCommand } from '../registry.js';
import type { Command, CommandContext, HostInfo } from '../types.js';
import { findContainer } from './containers.js';
import { EXEC_HELP } from './help.js';
import { inspect, networkLs } from './inspect.js';
import { ps } from './ps.js';

const USAGE = `
Usage:  docker [OPTIONS] COMMAND

A self-sufficient runtime for containers

Common Commands:
  run         Create and run a new container from an image
  exec        Execute a command in a running container
  ps          List containers
  build       Build an image from a Dockerfile
  pull        Download an image from a registry
  push        Upload an image to a registry
  images      List images
  login       Authenticate to a registry
  logout      Log out from a registry
  search      Search Docker Hub for images
  version     Show the Docker version information
  info        Display system-wide information

Run 'docker COMMAND --help' for more information on a command.
`;

const EXEC_USAGE = 'Usage:  docker exec [OPTIONS] CONTAINER COMMAND [ARG...]';

/** Subcommands that need an engine that can pull, build and run images: not simulated here. */
const IMAGE_WORK = new Set(['run', 'build', 'pull', 'push', 'images', 'create', 'rmi', 'commit', 'tag', 'login', 'logout', 'search', 'compose', 'buildx', 'image', 'save', 'load']);
/** Subcommands that would change or watch the node containers themselves: not simulated either. */
const NODE_LIFECYCLE = new Set(['start', 'stop', 'restart', 'rm', 'kill', 'pause', 'unpause', 'logs', 'cp', 'top', 'stats', 'port', 'attach', 'container', 'volume', 'info', 'system', 'update', 'rename', 'wait', 'events', 'diff', 'export']);

async function exec(ctx: CommandContext, args: string[]): Promise<number> {
  let interactive = false;
  let tty = false;
  let i = 0;
  for (; i < args.length && args[i]!.startsWith('-'); i++) {
    const a = args[i]!;
    if (a === '--') {
      i++;
      break;
    }
    if (a === '--help') {
      ctx.stdout(EXEC_HELP);
      return 0;
    }
    if (a === '--interactive') interactive = true;
    else if (a === '--privileged') continue;
    else if (a === '-u' || a === '--user') {
      // The node's only user is root; anything else would need its passwd file.
      const u = args[++i] ?? '';
      if (u !== 'root' && u !== '0' && u !== '0:0' && u !== 'root:root') {
        ctx.stderr(`knet: docker exec -u ${u}: the kind nodes only have root\n`);
        return 126;
      }
    } else if (['-d', '--detach', '-e', '--env', '--env-file', '-w', '--workdir', '--detach-keys'].includes(a.split('=')[0]!)) {
      ctx.stderr(`knet: docker exec ${a.split('=')[0]} is not simulated; run the command through a shell instead: docker exec NODE sh -c '…'\n`);
      return 125;
    } else if (a === '--tty') tty = true;
    else if (/^-[it]+$/.test(a)) {
      interactive ||= a.includes('i');
      tty ||= a.includes('t');
    } else {
      const bad = a.startsWith('--') ? `unknown flag: ${a.split('=')[0]}` : `unknown shorthand flag: '${[...a.slice(1)].find((c) => !'it'.includes(c))}' in ${a}`;
      ctx.stderr(`${bad}\nSee 'docker exec --help'.\n`);
      return 125;
    }
  }
  const rest = args.slice(i);
  if (rest.length < 2) {
    ctx.stderr(`docker: 'docker exec' requires at least 2 arguments\n\n${EXEC_USAGE}\n\nSee 'docker exec --help' for more information\n`);
    return 1;
  }
  const [ref, ...command] = rest as [string, ...string[]];
  const c = findContainer(ctx.cluster, ref);
  if (!c) {
    ctx.stderr(`Error response from daemon: No such container: ${ref}\n`);
    return 1;
  }
  if (tty && interactive && !ctx.tty) {
    ctx.stderr('the input device is not a TTY\n');
    return 1;
  }
  const host: HostInfo = { kind: 'node', hostname: c.name, node: c.name };
  const prog = command[0]!;
  if (!prog.includes('/') && !BUILTINS[prog] && !findCommand(prog, host)) {
    // runc's error, passed through by the daemon; the CLI exits 126 (found nothing to run).
    ctx.stderr(`OCI runtime exec failed: exec failed: unable to start container process: exec: "${prog}": executable file not found in $PATH: unknown\n`);
    return 126;
  }
  const shell = isShell(command);
  // `-it`, or `-i` with the session's following lines as its stdin (a piped `knet shell`): the
  // shell on the node takes over until `exit`.
  if (interactive && shell && (tty || !ctx.stdin) && ctx.enterShell?.(host, shell)) return 0;
  return ctx.exec(command, { host, stdin: interactive ? ctx.stdin : '', tty });
}

function refuse(ctx: CommandContext, sub: string): number {
  const why = IMAGE_WORK.has(sub)
    ? `it cannot pull, build or run images.\nRun images in the cluster instead: kubectl run NAME --image=IMAGE\n`
    : `the nodes' container lifecycle is not simulated.\nIt has: docker ps, docker exec, docker inspect, docker network ls\n`;
  ctx.stderr(`knet: 'docker ${sub}' is not available: this workstation's Docker only hosts the kind node containers; ${why}`);
  return 125;
}

async function run(ctx: CommandContext): Promise<number> {
  const [sub, ...args] = ctx.argv.slice(1);
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    (sub === undefined ? ctx.stderr : ctx.stdout)(USAGE);
    return sub === undefined ? 1 : 0;
  }
  if (sub === '--version' || sub === '-v') {
    ctx.stdout('Docker version 28.3.3, build 980b856\n');
    return 0;
  }
  if (sub === 'ps') return ps(ctx, args);
  if (sub === 'exec') return exec(ctx, args);
  if (sub === 'inspect' || (sub === 'container' && args[0] === 'inspect')) return inspect(ctx, sub === 'inspect' ? args : args.slice(1));
  if (sub === 'network') return networkLs(ctx, args);
  if (sub === 'container' && args[0] === 'ls') return ps(ctx, args.slice(1));
  if (sub.startsWith('-')) {
    ctx.stderr(`${sub.startsWith('--') ? `unknown flag: ${sub}` : `unknown shorthand flag: '${sub[1]}' in ${sub}`}\nSee 'docker --help'.\n`);
    return 125;
  }
  if (IMAGE_WORK.has(sub) || NODE_LIFECYCLE.has(sub)) return refuse(ctx, sub);
  ctx.stderr(`docker: '${sub}' is not a docker command.\nSee 'docker --help'\n`);
  return 1;
}

export const docker: Command = { name: 'docker', run };
