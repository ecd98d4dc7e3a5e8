// getopt-style argument splitting shared by the busybox applets and nc: bundled short flags
// (-qO-), values attached or following, long options mapped to short ones.

export interface Parsed {
  flags: Map<string, string[]>;
  args: string[];
  /** An option the tool does not know (its text, e.g. `-x` or `--nope`). */
  bad?: string;
  /** An option that needed a value and had none. */
  missing?: string;
}

/**
 * `spec`: short options, a trailing ':' marks one that takes a value ("qO:T:S").
 * `long`: long name → short letter.
 */
export function getopt(argv: string[], spec: string, long: Record<string, string> = {}): Parsed {
  const takes = new Map<string, boolean>();
  for (let i = 0; i < spec.length; i++) {
    const c = spec[i]!;
    if (c === ':') continue;
    takes.set(c, spec[i + 1] === ':');
  }
  const p: Parsed = { flags: new Map(), args: [] };
  const add = (k: string, v: string) => p.flags.set(k, [...(p.flags.get(k) ?? []), v]);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      p.args.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && a.length > 2) {
      const [name, val] = a.slice(2).split(/=(.*)/s) as [string, string | undefined];
      const k = long[name];
      if (!k) return { ...p, bad: a };
      if (takes.get(k)) {
        const v = val ?? argv[++i];
        if (v === undefined) return { ...p, missing: k };
        add(k, v);
      } else add(k, '');
    } else if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        if (!takes.has(c)) return { ...p, bad: `-${c}` };
        if (takes.get(c)) {
          const v = a.length > j + 1 ? a.slice(j + 1) : argv[++i];
          if (v === undefined) return { ...p, missing: c };
          add(c, v);
          break;
        }
        add(c, '');
      }
    } else p.args.push(a);
  }
  return p;
}

export const last = (p: Parsed, k: string): string | undefined => p.flags.get(k)?.at(-1);
export const count = (p: Parsed, k: string): number => p.flags.get(k)?.length ?? 0;
