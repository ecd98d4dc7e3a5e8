// What a container does once started: keep running, or exit after a while with a code, and
// whether it stops promptly on SIGTERM. Decided from the image and its command; `sandbox/apps/`
// will refine this per image.

import type { Container } from '../../api/types.js';
import { parseImage } from './images.js';

export interface Behaviour {
  /** undefined: runs until stopped. */
  exit?: { afterMs: number; code: number };
  /** How long after SIGTERM the process is gone; Infinity when it ignores the signal (PID 1 `sleep`, `sh`). */
  stopMs: number;
}

const FOREVER: Behaviour = { stopMs: 1000 };

/** Commands found on the PATH of the small images (busybox applets and the like). */
const SHELL_COMMANDS = new Set(['sh', 'ash', 'bash', 'zsh', 'sleep', 'tail', 'true', 'false', 'echo', 'env', 'date', 'hostname', 'nslookup', 'wget', 'cat', 'nc', 'ping']);

/** Parses the duration `sleep` takes: `5`, `5s`, `2m`, `infinity`. */
function sleepMs(arg: string | undefined): number | undefined {
  if (!arg || arg === 'infinity' || arg === 'inf') return undefined;
  const m = arg.match(/^(\d+(?:\.\d+)?)([smhd]?)$/);
  if (!m) return 0;
  const unit = { '': 1000, s: 1000, m: 60000, h: 3600000, d: 86400000 }[m[2]!]!;
  return Number(m[1]) * unit;
}

/** A shell script's fate, judged from its shape: loops and long sleeps keep it running. */
function script(src: string): Behaviour {
  const s = src.trim();
  if (/while\s+(true|:)|until\s+false|sleep\s+(infinity|inf)\b|tail\s+-f|nc\s+-l|httpd\s+-f|exec\s+sleep\s+infinity/.test(s)) return { stopMs: Infinity };
  const exit = s.match(/(?:^|[;&|]\s*)exit\s+(\d+)\s*$/);
  const last = s.split(/;|&&|\n/).map((x) => x.trim()).filter(Boolean).pop() ?? '';
  const sleep = last.match(/^(?:exec\s+)?sleep\s+(\S+)$/);
  if (sleep) {
    const ms = sleepMs(sleep[1]);
    return ms === undefined ? { stopMs: Infinity } : { exit: { afterMs: ms, code: 0 }, stopMs: Infinity };
  }
  if (exit) return { exit: { afterMs: 100, code: Number(exit[1]) }, stopMs: 1000 };
  if (/^false$/.test(last)) return { exit: { afterMs: 50, code: 1 }, stopMs: 1000 };
  return { exit: { afterMs: 200, code: 0 }, stopMs: 1000 };
}

function commandLine(argv: string[], interactive: boolean): Behaviour {
  const [cmd, ...rest] = argv;
  const base = (cmd ?? '').split('/').pop()!;
  switch (base) {
    case 'sleep': {
      const ms = sleepMs(rest[0]);
      // PID 1 has no default SIGTERM action: `sleep` runs out the whole grace period.
      return ms === undefined ? { stopMs: Infinity } : { exit: { afterMs: ms, code: 0 }, stopMs: Infinity };
    }
    case 'sh':
    case 'bash':
    case 'ash':
    case 'zsh': {
      const c = rest.indexOf('-c');
      if (c >= 0 && rest[c + 1] !== undefined) return script(rest[c + 1]!);
      return interactive ? { stopMs: Infinity } : { exit: { afterMs: 50, code: 0 }, stopMs: 1000 };
    }
    case 'true':
    case 'echo':
    case 'env':
    case 'date':
    case 'hostname':
    case 'nslookup':
    case 'wget':
      return { exit: { afterMs: 100, code: 0 }, stopMs: 1000 };
    case 'false':
      return { exit: { afterMs: 50, code: 1 }, stopMs: 1000 };
    case 'curl':
      return rest.length ? { exit: { afterMs: 300, code: 0 }, stopMs: 1000 } : { exit: { afterMs: 50, code: 2 }, stopMs: 1000 };
    case 'tail':
      return rest.includes('-f') ? { stopMs: Infinity } : { exit: { afterMs: 50, code: 0 }, stopMs: 1000 };
  }
  return FOREVER;
}

/** Decides what the container's process does. */
export function containerBehaviour(c: Container): Behaviour {
  const ref = parseImage(c.image ?? '');
  const name = ref.repo.split('/').pop()!;
  const interactive = !!c.stdin || !!c.tty;
  if (c.command?.length) return commandLine([...c.command, ...(c.args ?? [])], interactive);
  const args = c.args ?? [];
  switch (name) {
    case 'busybox':
    case 'alpine':
    case 'ubuntu':
    case 'netshoot':
      // The image's CMD is a shell; without a terminal it reads EOF and exits 0.
      if (args.length) return commandLine(args, interactive);
      return interactive ? { stopMs: Infinity } : { exit: { afterMs: 50, code: 0 }, stopMs: 1000 };
    case 'curl':
      // The image's entrypoint runs the arguments as a command when they name one, else `curl "$@"`.
      if (args.length && SHELL_COMMANDS.has(args[0]!.split('/').pop()!)) return commandLine(args, interactive);
      return args.length ? { exit: { afterMs: 300, code: 0 }, stopMs: 1000 } : { exit: { afterMs: 50, code: 2 }, stopMs: 1000 };
    case 'agnhost':
      // Without a subcommand agnhost prints its usage and exits.
      return args.length ? FOREVER : { exit: { afterMs: 100, code: 0 }, stopMs: 1000 };
    case 'postgres': {
      const env = new Set((c.env ?? []).map((e) => e.name));
      return env.has('POSTGRES_PASSWORD') || env.has('POSTGRES_HOST_AUTH_METHOD') ? FOREVER : { exit: { afterMs: 100, code: 1 }, stopMs: 1000 };
    }
  }
  return FOREVER;
}
