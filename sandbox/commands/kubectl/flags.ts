// pflag-style flag parsing for kubectl (interspersed flags, `--`, shorthand groups, `--x=y`),
// with pflag's and cobra's exact error wording.

import { parseGoDuration } from '../../util/duration.js';

export type FlagType = 'bool' | 'string' | 'int' | 'stringArray' | 'stringSlice' | 'duration';

export interface FlagSpec {
  name: string;
  short?: string;
  type: FlagType;
  default?: string | number | boolean | string[];
  usage: string;
  /** Shown in help as the value placeholder, e.g. `--filename=[]`. */
  hidden?: boolean;
  /** Value when given with no `=value` (pflag NoOptDefVal), e.g. `--dry-run` → `unchanged`. */
  noOptDefVal?: string;
}

export class FlagError extends Error {}

export interface ParsedFlags {
  values: Record<string, any>;
  /** Flags the user set explicitly. */
  changed: Set<string>;
  /** Positional arguments before `--`. */
  args: string[];
  /** Arguments after `--`, or undefined when there was no `--`. */
  dashArgs?: string[];
}

function convert(spec: FlagSpec, raw: string, shown: string): any {
  switch (spec.type) {
    case 'bool':
      if (['true', '1', 't', 'T', 'TRUE', 'True'].includes(raw)) return true;
      if (['false', '0', 'f', 'F', 'FALSE', 'False'].includes(raw)) return false;
      throw new FlagError(`invalid argument "${raw}" for "${shown}" flag: strconv.ParseBool: parsing "${raw}": invalid syntax`);
    case 'int': {
      if (!/^[-+]?\d+$/.test(raw)) throw new FlagError(`invalid argument "${raw}" for "${shown}" flag: strconv.ParseInt: parsing "${raw}": invalid syntax`);
      return parseInt(raw, 10);
    }
    case 'duration': {
      const ms = parseGoDuration(raw);
      if (ms === undefined) throw new FlagError(`invalid argument "${raw}" for "${shown}" flag: time: invalid duration "${raw}"`);
      return ms;
    }
    default:
      return raw;
  }
}

function set(out: ParsedFlags, spec: FlagSpec, raw: string, shown: string): void {
  const v = convert(spec, raw, shown);
  if (spec.type === 'stringArray') {
    out.values[spec.name] = out.changed.has(spec.name) ? [...out.values[spec.name], v] : [v];
  } else if (spec.type === 'stringSlice') {
    const parts = raw === '' ? [] : raw.split(',');
    out.values[spec.name] = out.changed.has(spec.name) ? [...out.values[spec.name], ...parts] : parts;
  } else out.values[spec.name] = v;
  out.changed.add(spec.name);
}

export function defaults(specs: FlagSpec[]): Record<string, any> {
  const v: Record<string, any> = {};
  for (const s of specs) v[s.name] = s.default ?? (s.type === 'bool' ? false : s.type === 'int' || s.type === 'duration' ? 0 : s.type === 'stringArray' || s.type === 'stringSlice' ? [] : '');
  return v;
}

/** Parses argv against the flag specs. Throws FlagError with pflag's message. */
export function parseFlags(argv: string[], specs: FlagSpec[]): ParsedFlags {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short!, s]));
  const out: ParsedFlags = { values: defaults(specs), changed: new Set(), args: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      out.dashArgs = argv.slice(i + 1);
      break;
    }
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      const spec = byName.get(name);
      if (!spec) throw new FlagError(`unknown flag: --${name}`);
      // pflag names the flag with its shorthand in value errors however it was typed.
      const shown = spec.short ? `-${spec.short}, --${name}` : `--${name}`;
      if (eq >= 0) set(out, spec, a.slice(eq + 1), shown);
      else if (spec.type === 'bool') set(out, spec, 'true', shown);
      else if (spec.noOptDefVal !== undefined) set(out, spec, spec.noOptDefVal, shown);
      else {
        if (i + 1 >= argv.length) throw new FlagError(`flag needs an argument: --${name}`);
        set(out, spec, argv[++i]!, shown);
      }
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      // A shorthand group: `-it`, `-n default`, `-ndefault`, `-n=default`, `-oyaml`.
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        const spec = byShort.get(c);
        if (!spec) throw new FlagError(`unknown shorthand flag: '${c}' in ${a}`);
        const shown = `-${c}, --${spec.name}`;
        if (spec.type === 'bool') {
          if (a[j + 1] === '=') {
            set(out, spec, a.slice(j + 2), shown);
            break;
          }
          set(out, spec, 'true', shown);
          continue;
        }
        let rest = a.slice(j + 1);
        if (rest.startsWith('=')) rest = rest.slice(1);
        if (rest.length) set(out, spec, rest, shown);
        else if (spec.noOptDefVal !== undefined) set(out, spec, spec.noOptDefVal, shown);
        else {
          if (i + 1 >= argv.length) throw new FlagError(`flag needs an argument: '${c}' in -${c}`);
          set(out, spec, argv[++i]!, shown);
        }
        break;
      }
      continue;
    }
    out.args.push(a);
  }
  return out;
}

/** The flags every kubectl command takes (`kubectl options`). */
export const GLOBAL_FLAGS: FlagSpec[] = [
  { name: 'namespace', short: 'n', type: 'string', usage: 'If present, the namespace scope for this CLI request' },
  { name: 'context', type: 'string', usage: 'The name of the kubeconfig context to use' },
  { name: 'cluster', type: 'string', usage: 'The name of the kubeconfig cluster to use' },
  { name: 'user', type: 'string', usage: 'The name of the kubeconfig user to use' },
  { name: 'kubeconfig', type: 'string', usage: 'Path to the kubeconfig file to use for CLI requests.' },
  { name: 'server', short: 's', type: 'string', usage: 'The address and port of the Kubernetes API server' },
  { name: 'request-timeout', type: 'string', default: '0', usage: "The length of time to wait before giving up on a single server request. Non-zero values should contain a corresponding time unit (e.g. 1s, 2m, 3h). A value of zero means don't timeout requests." },
  { name: 'v', short: 'v', type: 'int', default: 0, usage: 'number for the log level verbosity' },
  { name: 'as', type: 'string', usage: 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace.' },
  { name: 'insecure-skip-tls-verify', type: 'bool', usage: "If true, the server's certificate will not be checked for validity. This will make your HTTPS connections insecure" },
  { name: 'warnings-as-errors', type: 'bool', usage: 'Treat warnings received from the server as errors and exit with a non-zero exit code' },
  { name: 'match-server-version', type: 'bool', usage: 'Require server version to match client version' },
  { name: 'token', type: 'string', usage: 'Bearer token for authentication to the API server' },
  { name: 'cache-dir', type: 'string', default: '$HOME/.kube/cache', usage: 'Default cache directory' },
];
