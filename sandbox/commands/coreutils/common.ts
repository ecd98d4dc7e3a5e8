// What the GNU tools share: getopt-style option parsing with GNU's messages, reading operands
// (`-` is stdin), and error reporting.

import type { CommandContext } from '../types.js';
import { resolvePath } from '../../fs/types.js';
import { isBusybox } from '../../shell/flavour.js';

export class UsageError extends Error {}

/** An error GNU tools print as `tool: message` with no `Try … --help` line. */
export class PlainError extends Error {}

export interface Parsed {
  /** Flags by their short letter (or long name when it has none); values for options with arguments. */
  flags: Map<string, string[]>;
  operands: string[];
}

/**
 * GNU getopt_long with permutation. `short` like `"n:c:qv"`; `long` maps a long name to its
 * short letter (or to itself, with `:` when it takes a value: `{ lines: 'n', 'null-data': 'z' }`).
 * Numeric shorthands like `head -5` are handled by `numeric` (the letter they stand for).
 */
export function getopt(tool: string, args: string[], short: string, long: Record<string, string> = {}, numeric?: string): Parsed {
  const flags = new Map<string, string[]>();
  const operands: string[] = [];
  const add = (k: string, v = '') => flags.set(k, [...(flags.get(k) ?? []), v]);
  const optional = (c: string) => short.includes(c + '::');
  const takes = (c: string) => short.includes(c + ':') && !optional(c);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const matches = Object.keys(long).filter((l) => l === name || l.startsWith(name));
      const exact = matches.find((l) => l === name);
      const key = exact ?? (matches.length === 1 ? matches[0] : undefined);
      if (!key) {
        if (name === 'help') throw new UsageError(`__help__`);
        throw new UsageError(matches.length > 1 ? `option '--${name}' is ambiguous` : `unrecognized option '${a.slice(0, eq < 0 ? undefined : eq)}'`);
      }
      const target = long[key]!;
      const needs = target.endsWith(':') || takes(target);
      const letter = target.replace(/:$/, '');
      if (optional(letter)) add(letter, eq >= 0 ? a.slice(eq + 1) : '');
      else if (needs) {
        const v = eq >= 0 ? a.slice(eq + 1) : args[++i];
        if (v === undefined) throw new UsageError(`option '--${key}' requires an argument`);
        add(letter, v);
      } else {
        if (eq >= 0) throw new UsageError(`option '--${key}' doesn't allow an argument`);
        add(letter);
      }
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      if (numeric && /^-[0-9]+$/.test(a)) {
        add(numeric, a.slice(1));
        continue;
      }
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        if (!short.includes(c) || c === ':') throw new UsageError(`invalid option -- '${c}'`);
        if (optional(c)) {
          add(c, a.slice(j + 1));
          break;
        }
        if (takes(c)) {
          const v = j + 1 < a.length ? a.slice(j + 1) : args[++i];
          if (v === undefined) throw new UsageError(`option requires an argument -- '${c}'`);
          add(c, v);
          break;
        }
        add(c);
      }
      continue;
    }
    operands.push(a);
  }
  return { flags, operands };
}

/** Prints a usage error as GNU tools do and returns the tool's usage exit status. */
export function usage(ctx: CommandContext, tool: string, e: UsageError, status = 1): number {
  if (e.message === '__help__') {
    ctx.stdout(`Usage: ${tool} [OPTION]... [FILE]...\nSee '${tool} --help' in a full Linux system for the complete list; this terminal simulates the common options.\n`);
    return 0;
  }
  ctx.stderr(`${tool}: ${e.message}\nTry '${tool} --help' for more information.\n`);
  return status;
}

/** Runs a tool's body, turning UsageError into GNU's message. */
export async function withUsage(ctx: CommandContext, tool: string, status: number, f: () => number | Promise<number>): Promise<number> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof UsageError) return usage(ctx, tool, e, status);
    if (e instanceof PlainError) {
      ctx.stderr(`${tool}: ${e.message}\n`);
      return status;
    }
    throw e;
  }
}

/** Reads a file operand (`-` is stdin); prints `tool: name: No such file or directory` on failure. */
export function readOperand(ctx: CommandContext, tool: string, name: string): string | undefined {
  if (name === '-') return ctx.stdin;
  const abs = resolvePath(ctx.cwd, name);
  if (ctx.fs.isDir(abs)) {
    ctx.stderr(`${tool}: ${name}: Is a directory\n`);
    return undefined;
  }
  const text = ctx.fs.read(abs);
  if (text === undefined) {
    // busybox applets word it `cat: can't open 'x': No such file or directory`.
    ctx.stderr(isBusybox(ctx.host) && tool !== 'grep' ? `${tool}: can't open '${name}': No such file or directory\n` : `${tool}: ${name}: No such file or directory\n`);
  }
  return text;
}

/** Splits text into lines without their newlines (a final newline does not make an empty line). */
export function lines(text: string): string[] {
  if (text === '') return [];
  const ls = text.split('\n');
  if (ls[ls.length - 1] === '') ls.pop();
  return ls;
}

export function flag(p: Parsed, k: string): boolean {
  return p.flags.has(k);
}

export function value(p: Parsed, k: string): string | undefined {
  const v = p.flags.get(k);
  return v ? v[v.length - 1] : undefined;
}

/** GNU's ‘quoted’ file names in messages (UTF-8 locale). */
export function q(s: string): string {
  return `‘${s}’`;
}
