// jq's builtin functions (the ones Kubernetes tutorials reach for) and `@format` strings.

import type { F } from './parse.js';
import { arith, compare, describe, ev, JqError, tick, truthy, typeOf, type Env, type J } from './eval.js';
import { delpaths, getpath, paths, setpath } from './paths.js';
import { encode, decode } from '../base64.js';

type Impl = (args: F[], input: J, env: Env) => Iterable<J>;

const one = (f: (input: J, ...vals: J[]) => J): Impl =>
  function* (args, input, env) {
    if (!args.length) {
      yield f(input);
      return;
    }
    // Cartesian product of argument outputs, as jq evaluates value arguments.
    const go = function* (k: number, vals: J[]): Generator<J> {
      if (k === args.length) {
        yield f(input, ...vals);
        return;
      }
      for (const v of ev(args[k]!, input, env)) yield* go(k + 1, [...vals, v]);
    };
    yield* go(0, []);
  };

const need = (v: J, type: string, what: string): void => {
  if (typeOf(v) !== type) throw new JqError(`${describe(v)} ${what}`);
};

function length(v: J): J {
  if (v === null) return 0;
  if (typeof v === 'boolean') throw new JqError(`boolean (${v}) has no length`);
  if (typeof v === 'number') return Math.abs(v);
  if (typeof v === 'string') return [...v].length;
  if (Array.isArray(v)) return v.length;
  return Object.keys(v).length;
}

function keys(v: J, sorted: boolean): J {
  if (Array.isArray(v)) return v.map((_, i) => i);
  if (v !== null && typeof v === 'object') return sorted ? Object.keys(v).sort() : Object.keys(v);
  throw new JqError(`${describe(v)} has no keys`);
}

function tostring(v: J): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function contains(a: J, b: J): boolean {
  if (typeOf(a) !== typeOf(b)) throw new JqError(`${describe(a)} and ${describe(b)} cannot have their containment checked`);
  if (typeof a === 'string') return a.includes(b as string);
  if (Array.isArray(a)) return (b as J[]).every((x) => a.some((y) => typeOf(x) === typeOf(y) && contains(y, x)));
  if (a !== null && typeof a === 'object') return Object.entries(b as Record<string, J>).every(([k, x]) => k in a && typeOf(a[k]!) === typeOf(x) && contains(a[k]!, x));
  return compare(a, b) === 0;
}

function regex(re: J, flags: J): RegExp {
  need(re, 'string', 'cannot be matched, as it is not a string');
  const f = typeof flags === 'string' ? flags.replace(/[^gimsx]/g, '').replace('x', '') : '';
  try {
    return new RegExp(re as string, f.replace('g', '') + (f.includes('g') ? 'g' : ''));
  } catch {
    throw new JqError(`${re} (at offset 0) is not a valid regex`);
  }
}

function sortBy(input: J, keysOf: (v: J) => J): J[] {
  if (!Array.isArray(input)) throw new JqError(`Cannot index ${typeOf(input)} with number`);
  return input
    .map((v, i) => ({ v, k: keysOf(v), i }))
    .sort((a, b) => compare(a.k, b.k) || a.i - b.i)
    .map((x) => x.v);
}

function fmt(name: string, v: J): string {
  const s = tostring(v);
  switch (name) {
    case '@text':
      return s;
    case '@json':
      return JSON.stringify(v);
    case '@base64':
      return encode(new TextEncoder().encode(s));
    case '@base64d': {
      const r = decode(s, false);
      return new TextDecoder().decode(r.bytes);
    }
    case '@uri':
      return encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
    case '@html':
      return s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&#39;', '"': '&quot;' })[c]!);
    case '@sh':
      return (Array.isArray(v) ? v : [v]).map((x) => (typeof x === 'string' ? `'${x.replace(/'/g, `'\\''`)}'` : JSON.stringify(x))).join(' ');
    case '@csv':
    case '@tsv': {
      if (!Array.isArray(v)) throw new JqError(`${describe(v)} cannot be ${name === '@csv' ? 'csv' : 'tsv'}-formatted, only an array can be`);
      return v
        .map((x) => {
          if (typeof x === 'string') return name === '@csv' ? `"${x.replace(/"/g, '""')}"` : x.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
          if (x !== null && typeof x === 'object') throw new JqError(`${describe(x)} is not valid in a csv row`);
          return x === null ? '' : String(x);
        })
        .join(name === '@csv' ? ',' : '\t');
    }
  }
  throw new JqError(`${name.slice(1)} is not a valid format`);
}

const B: Record<string, Impl> = {
  'empty/0': function* () {},
  'not/0': one((v) => !truthy(v)),
  'length/0': one(length),
  'utf8bytelength/0': one((v) => (need(v, 'string', 'only strings have UTF-8 byte length'), new TextEncoder().encode(v as string).length)),
  'keys/0': one((v) => keys(v, true)),
  'keys_unsorted/0': one((v) => keys(v, false)),
  'values/0': function* (_a, input) {
    if (input !== null) yield input;
  },
  'has/1': one((v, k) => {
    if (Array.isArray(v) && typeof k === 'number') return k >= 0 && k < v.length;
    if (typeOf(v) === 'object' && typeof k === 'string') return k in (v as object);
    throw new JqError(`Cannot check whether ${typeOf(v)} has a ${typeOf(k)} key`);
  }),
  'in/1': one((k, v) => {
    if (Array.isArray(v) && typeof k === 'number') return k >= 0 && k < v.length;
    if (typeOf(v) === 'object' && typeof k === 'string') return k in (v as object);
    throw new JqError(`Cannot check whether ${typeOf(v)} has a ${typeOf(k)} key`);
  }),
  'map/1': function* (args, input, env) {
    if (!Array.isArray(input) && typeOf(input) !== 'object') throw new JqError(`Cannot iterate over ${input === null ? 'null' : describe(input)}`);
    const out: J[] = [];
    for (const v of Array.isArray(input) ? input : Object.values(input as object)) out.push(...ev(args[0]!, v as J, env));
    yield out;
  },
  'map_values/1': function* (args, input, env) {
    if (Array.isArray(input)) {
      const out: J[] = [];
      for (const v of input) {
        const r = ev(args[0]!, v, env).next();
        if (!r.done) out.push(r.value);
      }
      yield out;
    } else if (input !== null && typeof input === 'object') {
      const out: Record<string, J> = {};
      for (const [k, v] of Object.entries(input)) {
        const r = ev(args[0]!, v, env).next();
        if (!r.done) out[k] = r.value;
      }
      yield out;
    } else throw new JqError(`Cannot iterate over ${input === null ? 'null' : describe(input)}`);
  },
  'select/1': function* (args, input, env) {
    for (const c of ev(args[0]!, input, env)) if (truthy(c)) yield input;
  },
  'recurse/0': function* (_a, input, env) {
    yield* ev({ t: 'recurse' }, input, env);
  },
  'recurse/1': function* (args, input, env) {
    const go = function* (v: J): Generator<J> {
      tick(env);
      yield v;
      for (const x of ev(args[0]!, v, env)) yield* go(x);
    };
    yield* go(input);
  },
  'type/0': one(typeOf),
  'tostring/0': one(tostring),
  'tonumber/0': one((v) => {
    if (typeof v === 'number') return v;
    if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?([eE][+-]?\d+)?\s*$/.test(v)) return Number(v);
    throw new JqError(`Cannot parse '${v}' as JSON`);
  }),
  'tojson/0': one((v) => JSON.stringify(v)),
  'fromjson/0': one((v) => {
    try {
      return JSON.parse(v as string) as J;
    } catch {
      throw new JqError(`${v} (while parsing '${v}')`);
    }
  }),
  'ascii_downcase/0': one((v) => (need(v, 'string', 'cannot be lowercased'), (v as string).toLowerCase())),
  'ascii_upcase/0': one((v) => (need(v, 'string', 'cannot be uppercased'), (v as string).toUpperCase())),
  'ltrimstr/1': one((v, p) => (typeof v === 'string' && typeof p === 'string' && v.startsWith(p) ? v.slice(p.length) : v)),
  'rtrimstr/1': one((v, p) => (typeof v === 'string' && typeof p === 'string' && v.endsWith(p) && p ? v.slice(0, -p.length) : v)),
  'trim/0': one((v) => (need(v, 'string', 'cannot be trimmed'), (v as string).trim())),
  'startswith/1': one((v, p) => {
    if (typeof v !== 'string' || typeof p !== 'string') throw new JqError('startswith() requires string inputs');
    return v.startsWith(p);
  }),
  'endswith/1': one((v, p) => {
    if (typeof v !== 'string' || typeof p !== 'string') throw new JqError('endswith() requires string inputs');
    return v.endsWith(p);
  }),
  'contains/1': one((a, b) => contains(a, b)),
  'inside/1': one((a, b) => contains(b, a)),
  'join/1': one((v, sep) => {
    if (!Array.isArray(v)) throw new JqError(`Cannot iterate over ${describe(v)}`);
    return v
      .map((x) => {
        if (x !== null && typeof x === 'object') throw new JqError(`Cannot join with ${typeOf(x)}`);
        return x === null ? '' : String(x);
      })
      .join(sep as string);
  }),
  'split/1': one((v, sep) => {
    if (typeof v !== 'string' || typeof sep !== 'string') throw new JqError('split input and separator must be strings');
    return v === '' ? [] : v.split(sep);
  }),
  'split/2': one((v, re, flags) => (v as string).split(regex(re, flags))),
  'test/1': one((v, re) => (need(v, 'string', 'cannot be matched, as it is not a string'), regex(re, null).test(v as string))),
  'test/2': one((v, re, flags) => regex(re, flags).test(v as string)),
  'match/1': one((v, re) => {
    const m = regex(re, null).exec(v as string);
    if (!m) throw new JqError('no match');
    return { offset: m.index, length: m[0].length, string: m[0], captures: m.slice(1).map((c) => ({ offset: c ? (v as string).indexOf(c) : -1, length: c?.length ?? 0, string: c ?? null, name: null })) };
  }),
  'capture/1': one((v, re) => {
    const m = regex(re, null).exec(v as string);
    return m?.groups ? ({ ...m.groups } as J) : {};
  }),
  'sub/2': one((v, re, rep) => (v as string).replace(regex(re, null), () => rep as string)),
  'gsub/2': one((v, re, rep) => (v as string).replace(new RegExp(regex(re, null).source, 'g'), () => rep as string)),
  'add/0': one((v) => {
    const items = Array.isArray(v) ? v : v !== null && typeof v === 'object' ? Object.values(v) : null;
    if (!items) throw new JqError(`Cannot iterate over ${v === null ? 'null' : describe(v)}`);
    return items.reduce<J>((a, b) => arith('+', a, b), null);
  }),
  'any/0': one((v) => (v as J[]).some(truthy)),
  'all/0': one((v) => (v as J[]).every(truthy)),
  'any/1': function* (args, input, env) {
    yield (input as J[]).some((x) => [...ev(args[0]!, x, env)].some(truthy));
  },
  'all/1': function* (args, input, env) {
    yield (input as J[]).every((x) => [...ev(args[0]!, x, env)].every(truthy));
  },
  'range/1': function* (args, input, env) {
    for (const n of ev(args[0]!, input, env))
      for (let i = 0; i < (n as number); i++) {
        tick(env);
        yield i;
      }
  },
  'range/2': function* (args, input, env) {
    for (const a of ev(args[0]!, input, env))
      for (const b of ev(args[1]!, input, env))
        for (let i = a as number; i < (b as number); i++) {
          tick(env);
          yield i;
        }
  },
  'range/3': function* (args, input, env) {
    const [a, b, s] = args.map((x) => ev(x, input, env).next().value as number);
    if (!s) return;
    for (let i = a!; s > 0 ? i < b! : i > b!; i += s) {
      tick(env);
      yield i;
    }
  },
  'first/0': one((v) => (Array.isArray(v) ? (v[0] ?? null) : (() => { throw new JqError(`Cannot index ${typeOf(v)} with number`); })())),
  'last/0': one((v) => (Array.isArray(v) ? (v[v.length - 1] ?? null) : (() => { throw new JqError(`Cannot index ${typeOf(v)} with number`); })())),
  'first/1': function* (args, input, env) {
    for (const v of ev(args[0]!, input, env)) {
      yield v;
      return;
    }
  },
  'last/1': function* (args, input, env) {
    let last: J | undefined;
    let any = false;
    for (const v of ev(args[0]!, input, env)) {
      last = v;
      any = true;
    }
    if (any) yield last!;
  },
  'limit/2': function* (args, input, env) {
    for (const n of ev(args[0]!, input, env)) {
      let k = 0;
      if ((n as number) <= 0) continue;
      for (const v of ev(args[1]!, input, env)) {
        yield v;
        if (++k >= (n as number)) break;
      }
    }
  },
  'isempty/1': function* (args, input, env) {
    yield ev(args[0]!, input, env).next().done === true;
  },
  'error/0': one((v) => {
    throw new JqError(typeof v === 'string' ? v : `${JSON.stringify(v)} (not a string)`, v);
  }),
  'error/1': one((_v, m) => {
    throw new JqError(typeof m === 'string' ? m : `${JSON.stringify(m)} (not a string)`, m);
  }),
  'sort/0': one((v) => sortBy(v, (x) => x)),
  'sort_by/1': function* (args, input, env) {
    yield sortBy(input, (x) => [...ev(args[0]!, x, env)]);
  },
  'group_by/1': function* (args, input, env) {
    const sorted = sortBy(input, (x) => [...ev(args[0]!, x, env)]);
    const out: J[][] = [];
    let prev: J | undefined;
    for (const v of sorted) {
      const k = [...ev(args[0]!, v, env)];
      if (prev !== undefined && compare(prev, k) === 0) out[out.length - 1]!.push(v);
      else out.push([v]);
      prev = k;
    }
    yield out;
  },
  'unique/0': one((v) => sortBy(v, (x) => x).filter((x, i, a) => i === 0 || compare(a[i - 1]!, x) !== 0)),
  'unique_by/1': function* (args, input, env) {
    const sorted = sortBy(input, (x) => [...ev(args[0]!, x, env)]);
    yield sorted.filter((x, i, a) => i === 0 || compare([...ev(args[0]!, a[i - 1]!, env)], [...ev(args[0]!, x, env)]) !== 0);
  },
  'min/0': one((v) => sortBy(v, (x) => x)[0] ?? null),
  'max/0': one((v) => sortBy(v, (x) => x).pop() ?? null),
  'min_by/1': function* (args, input, env) {
    yield sortBy(input, (x) => [...ev(args[0]!, x, env)])[0] ?? null;
  },
  'max_by/1': function* (args, input, env) {
    yield sortBy(input, (x) => [...ev(args[0]!, x, env)]).pop() ?? null;
  },
  'reverse/0': one((v) => (typeof v === 'string' ? [...v].reverse().join('') : v === null ? [] : [...(v as J[])].reverse())),
  'flatten/0': one((v) => (v as J[]).flat(Infinity as 1) as J),
  'flatten/1': one((v, d) => (v as J[]).flat(d as 1) as J),
  'floor/0': one((v) => Math.floor(v as number)),
  'ceil/0': one((v) => Math.ceil(v as number)),
  'round/0': one((v) => Math.round(v as number)),
  'sqrt/0': one((v) => Math.sqrt(v as number)),
  'fabs/0': one((v) => Math.abs(v as number)),
  'abs/0': one((v) => Math.abs(v as number)),
  'tostream/0': function* (_a, input) {
    const go = function* (v: J, p: J[]): Generator<J> {
      if (v !== null && typeof v === 'object' && Object.keys(v).length) {
        const ks = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
        for (const k of ks) yield* go((v as Record<string, J>)[k as string]!, [...p, k]);
        yield [[...p, ks[ks.length - 1]!]];
      } else yield [p, v];
    };
    yield* go(input, []);
  },
  'to_entries/0': one((v) => {
    if (v === null || typeof v !== 'object') throw new JqError(`${describe(v)} has no keys`);
    return Object.entries(v).map(([key, value]) => ({ key: Array.isArray(v) ? Number(key) : key, value }));
  }),
  'from_entries/0': one((v) => {
    const out: Record<string, J> = {};
    for (const e of v as Record<string, J>[]) {
      const k = e.key ?? e.k ?? e.name ?? e.Name ?? e.Key ?? e.K ?? null;
      if (k === null || (typeof k !== 'string' && typeof k !== 'number' && typeof k !== 'boolean')) throw new JqError(`Cannot use ${describe(k)} as object key`);
      out[String(k)] = e.value ?? e.v ?? e.Value ?? e.V ?? null;
    }
    return out;
  }),
  'with_entries/1': function* (args, input, env) {
    const entries = [...B['to_entries/0']!([], input, env)][0] as J[];
    const mapped: J[] = [];
    for (const e of entries) mapped.push(...ev(args[0]!, e, env));
    yield* B['from_entries/0']!([], mapped, env);
  },
  'paths/0': function* (_a, input, env) {
    for (const p of paths({ t: 'recurse' }, input, env)) if (p.length) yield p;
  },
  'paths/1': function* (args, input, env) {
    for (const p of paths({ t: 'recurse' }, input, env)) if (p.length && [...ev(args[0]!, getpath(input, p), env)].some(truthy)) yield p;
  },
  'leaf_paths/0': function* (_a, input, env) {
    for (const p of paths({ t: 'recurse' }, input, env)) {
      const v = getpath(input, p);
      if (p.length && (v === null || typeof v !== 'object')) yield p;
    }
  },
  'path/1': function* (args, input, env) {
    yield* paths(args[0]!, input, env);
  },
  'getpath/1': one((v, p) => getpath(v, p as J[])),
  'setpath/2': one((v, p, x) => setpath(v, p as J[], x)),
  'delpaths/1': one((v, ps) => delpaths(v, ps as J[][])),
  'del/1': function* (args, input, env) {
    yield delpaths(input, [...paths(args[0]!, input, env)]);
  },
  'to_number/0': one((v) => Number(v)),
  'env/0': function* (_a, _i, env) {
    yield env.vars.get('ENV') ?? {};
  },
  'input/0': () => {
    throw new JqError('No more inputs');
  },
  'splits/1': function* (args, input, env) {
    for (const re of ev(args[0]!, input, env)) yield* (input as string).split(regex(re, null));
  },
  'ascii/0': one((v) => String.fromCharCode(v as number)),
  'implode/0': one((v) => String.fromCodePoint(...(v as number[]))),
  'explode/0': one((v) => [...(v as string)].map((c) => c.codePointAt(0)!)),
  'indices/1': one((v, x) => {
    if (typeof v === 'string' && typeof x === 'string') {
      const out: number[] = [];
      for (let i = v.indexOf(x); i >= 0 && x; i = v.indexOf(x, i + 1)) out.push(i);
      return out;
    }
    if (Array.isArray(v)) return (v as J[]).flatMap((y, i) => (compare(y, x) === 0 ? [i] : []));
    return null;
  }),
  'index/1': one((v, x) => (typeof v === 'string' ? (v.indexOf(x as string) >= 0 ? v.indexOf(x as string) : null) : null)),
  'rindex/1': one((v, x) => (typeof v === 'string' ? (v.lastIndexOf(x as string) >= 0 ? v.lastIndexOf(x as string) : null) : null)),
  'now/0': one(() => 0),
  'walk/1': function* (args, input, env) {
    const go = (v: J): J => {
      let x: J = v;
      if (Array.isArray(v)) x = v.map(go);
      else if (v !== null && typeof v === 'object') x = Object.fromEntries(Object.entries(v).map(([k, y]) => [k, go(y)]));
      const r = ev(args[0]!, x, env).next();
      return r.done ? null : r.value;
    };
    yield go(input);
  },
  'objects/0': function* (_a, v) {
    if (typeOf(v) === 'object') yield v;
  },
  'arrays/0': function* (_a, v) {
    if (Array.isArray(v)) yield v;
  },
  'strings/0': function* (_a, v) {
    if (typeof v === 'string') yield v;
  },
  'numbers/0': function* (_a, v) {
    if (typeof v === 'number') yield v;
  },
  'booleans/0': function* (_a, v) {
    if (typeof v === 'boolean') yield v;
  },
  'nulls/0': function* (_a, v) {
    if (v === null) yield v;
  },
  'iterables/0': function* (_a, v) {
    if (v !== null && typeof v === 'object') yield v;
  },
  'scalars/0': function* (_a, v) {
    if (v === null || typeof v !== 'object') yield v;
  },
};

for (const f of ['@text', '@json', '@base64', '@base64d', '@uri', '@html', '@sh', '@csv', '@tsv']) B[`${f}/0`] = one((v) => fmt(f, v));

export const BUILTIN_NAMES = new Set(Object.keys(B));

export function* callBuiltin(name: string, args: F[], input: J, env: Env): Generator<J> {
  const impl = B[`${name}/${args.length}`];
  if (!impl) throw new JqError(`${name}/${args.length} is not defined`);
  yield* impl(args, input, env);
}
