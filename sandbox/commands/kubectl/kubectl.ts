// `kubectl`: finds the verb, parses flags the way cobra/pflag do, runs it, and prints errors
// with kubectl's wording and exit codes.

import { StatusError } from '../../api/errors.js';
import type { ApiCall } from '../../api/server.js';
import { requestLog } from './requestlog.js';
import type { Command, CommandContext } from '../types.js';
import { FlagError, GLOBAL_FLAGS, parseFlags, type FlagSpec } from './flags.js';
import { KubectlError, type KubectlContext, type Verb, type VerbEntry } from './types.js';
import { READ_VERBS } from './verbs/read.js';
import { contextNamespace } from './verbs/kubeconfig.js';
import { WRITE_VERBS } from './verbs/write.js';

export const VERBS: VerbEntry[] = [...READ_VERBS, ...WRITE_VERBS];

const GLOBAL_WITH_VALUE = new Set(
  GLOBAL_FLAGS.filter((f) => f.type !== 'bool').flatMap((f) => [`--${f.name}`, ...(f.short ? [`-${f.short}`] : [])]),
);

export function findVerb(name: string): VerbEntry | undefined {
  return VERBS.find((v) => v.name === name || v.aliases?.includes(name));
}

const HELP_FLAG: FlagSpec = { name: 'help', short: 'h', type: 'bool', usage: 'help for this command' };

const GLOBAL_NOTE = '\nUse "kubectl options" for a list of global command-line options (applies to all commands).\n';

/** Splits argv into [verb path words, the rest], skipping global flags that come before the verb. */
function splitVerb(argv: string[]): { index: number } {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') return { index: -1 };
    if (a.startsWith('-')) {
      if (!a.includes('=') && GLOBAL_WITH_VALUE.has(a)) i++;
      continue;
    }
    return { index: i };
  }
  return { index: -1 };
}

async function rootHelp(): Promise<string> {
  const verbs = await Promise.all(VERBS.map((v) => v.load()));
  const groups = new Map<string, Verb[]>();
  for (const v of verbs) {
    const g = v.group ?? 'Other Commands:';
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g)!.push(v);
  }
  const width = Math.max(...verbs.map((v) => v.name.length)) + 3;
  let out = 'kubectl controls the Kubernetes cluster manager.\n\n Find more information at: https://kubernetes.io/docs/reference/kubectl/\n\n';
  for (const [g, vs] of groups) {
    out += `${g}\n`;
    for (const v of vs) out += `  ${v.name.padEnd(width)}${v.short}\n`;
    out += '\n';
  }
  out += 'Usage:\n  kubectl [flags] [options]\n\nUse "kubectl <command> --help" for more information about a given command.\nUse "kubectl options" for a list of global command-line options (applies to all commands).\n';
  return out;
}

function suggest(name: string): string[] {
  const dist = (a: string, b: string): number => {
    const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) d[0]![j] = j;
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++)
        d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    return d[a.length]![b.length]!;
  };
  return VERBS.map((v) => v.name).filter((v) => dist(name, v) <= 2 || v.startsWith(name));
}

/** Prints an error the way kubectl's CheckErr does and returns the exit status. */
export function printError(k: Pick<KubectlContext, 'err'>, e: unknown): number {
  if (e instanceof StatusError) {
    // kubectl words 422s from their details: `The Service "web" is invalid: …`.
    if (e.reason === 'Invalid') k.err(`${e.message.startsWith('The ') ? '' : 'The '}${e.message}\n`);
    else k.err(`Error from server (${e.reason}): ${e.message}\n`);
    return 1;
  }
  if (e instanceof KubectlError) {
    k.err(`error: ${e.message}\n`);
    return e.exitCode;
  }
  if (e instanceof FlagError) {
    k.err(`error: ${e.message}\n`);
    return 1;
  }
  throw e;
}

export async function runKubectl(ctx: CommandContext): Promise<number> {
  const argv = ctx.argv.slice(1);
  const err = (s: string) => ctx.stderr(s);
  const { index } = splitVerb(argv);
  if (index < 0) {
    if (argv.some((a) => a === '--help' || a === '-h') || argv.length === 0) {
      ctx.stdout(await rootHelp());
      return 0;
    }
    try {
      parseFlags(argv, [...GLOBAL_FLAGS, HELP_FLAG]);
    } catch (e) {
      err(`error: ${(e as Error).message}\nSee 'kubectl --help' for usage.\n`);
      return 1;
    }
    ctx.stdout(await rootHelp());
    return 0;
  }
  const name = argv[index]!;
  const entry = findVerb(name);
  if (!entry) {
    const s = suggest(name);
    err(`error: unknown command "${name}" for "kubectl"${s.length ? `\n\nDid you mean this?\n${s.map((x) => `\t${x}\n`).join('')}` : '\n'}`);
    return 1;
  }
  let verb = await entry.load();
  let rest = [...argv.slice(0, index), ...argv.slice(index + 1)];
  let path = `kubectl ${verb.name}`;
  // Descend into subcommands (`create deployment`, `rollout status`, `config view`).
  while (verb.subcommands?.length) {
    const { index: si } = splitVerb(rest);
    if (si < 0) break;
    const sub = verb.subcommands.find((s) => s.name === rest[si] || s.aliases?.includes(rest[si]!));
    if (!sub) break;
    verb = sub;
    path += ` ${sub.name}`;
    rest = [...rest.slice(0, si), ...rest.slice(si + 1)];
  }
  let flags;
  try {
    flags = parseFlags(rest, [...verb.flags, ...GLOBAL_FLAGS.filter((g) => !verb.flags.some((f) => f.name === g.name || (f.short && f.short === g.short))), HELP_FLAG]);
  } catch (e) {
    if (e instanceof FlagError) {
      // Upstream kubectl sends flag errors through cmdutil.CheckErr, which prints `error: …`
      // (e.g. `error: unknown flag: --export` in kubectl v1.23.3 transcripts). Google's
      // `kubectl …-dispatcher` builds print cobra's own `Error: …`: do not copy those.
      err(`error: ${e.message}\nSee '${path} --help' for usage.\n`);
      return 1;
    }
    throw e;
  }
  if (flags.values.help || !verb.run) {
    const text = verb.help.replace(/\n*$/, '\n');
    // Parent commands end with their own `Use "kubectl config <command> --help"…` line, which
    // the global-options note follows directly.
    ctx.stdout(text + (/for more information about a given command\.\n$/.test(text) ? GLOBAL_NOTE.slice(1) : GLOBAL_NOTE));
    return 0;
  }
  const verbosity = Number(flags.values.v) || 0;
  const k: KubectlContext = {
    ctx,
    cluster: ctx.cluster,
    namespace: flags.values.namespace || contextNamespace(ctx.cluster) || 'default',
    namespaceExplicit: flags.changed.has('namespace'),
    verbosity,
    out: (s) => ctx.stdout(s),
    err,
    commandPath: path,
    logRequest: (method, p, status, body) => log?.observe({ method: method as ApiCall['method'], path: p, status, body }),
  };
  // -v=6 and above: log the REST calls this invocation makes (controllers' calls are not ours).
  const log = verbosity >= 6 ? requestLog(ctx.cluster, verbosity, path.split(' ')[1]!, err, `${ctx.env.HOME ?? '/home/learner'}/.kube/config`) : undefined;
  const api = ctx.cluster.api;
  const previous = api.observer;
  if (log) api.observer = (call) => log.observe(call);
  try {
    return await verb.run(k, flags);
  } catch (e) {
    if (e instanceof KubectlError && e.usageHint) {
      err(`error: ${e.message}\nSee '${path} -h' for help and examples\n`);
      return e.exitCode;
    }
    return printError(k, e);
  } finally {
    if (log) api.observer = previous;
  }
}

export const kubectl: Command = { name: 'kubectl', run: runKubectl };
