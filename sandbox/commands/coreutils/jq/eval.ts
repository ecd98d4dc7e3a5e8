// Evaluates jq filters as generators of outputs, with jq's error messages and builtins.

import type { F } from './parse.js';
import { callBuiltin } from './builtins.js';
import { assign } from './paths.js';

export type J = null | boolean | number | string | J[] | { [k: string]: J };

export class JqError extends Error {
  constructor(
    message: string,
    readonly value?: J,
  ) {
    super(message);
  }
}

export interface Env {
  vars: Map<string, J>;
  defs: Map<string, { params: string[]; body: F; env: Env }>;
  /** Counts work so `[range(1e9)]` or `repeat(.)` cannot hang. */
  budget: { steps: number };
}

export const STEP_LIMIT = 2_000_000;

export function typeOf(v: J): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v === 'object' ? 'object' : typeof v;
}

/** `"string (\"abc\")"` as jq's error messages describe a value (truncated like jq does). */
export function describe(v: J): string {
  let s = JSON.stringify(v);
  if (s.length > 11) s = s.slice(0, 10) + '...';
  return `${typeOf(v)} (${s})`;
}

const ORDER = ['null', 'boolean', 'number', 'string', 'array', 'object'];

export function compare(a: J, b: J): number {
  const ta = typeOf(a);
  const tb = typeOf(b);
  if (ta !== tb) return ORDER.indexOf(ta === 'boolean' ? 'boolean' : ta) - ORDER.indexOf(tb);
  if (ta === 'boolean') return a === b ? 0 : a ? 1 : -1;
  if (ta === 'number') return (a as number) - (b as number);
  if (ta === 'string') return a! < b! ? -1 : a! > b! ? 1 : 0;
  if (ta === 'array') {
    const x = a as J[];
    const y = b as J[];
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      const c = compare(x[i]!, y[i]!);
      if (c) return c;
    }
    return x.length - y.length;
  }
  const x = a as Record<string, J>;
  const y = b as Record<string, J>;
  const kc = compare(Object.keys(x).sort(), Object.keys(y).sort());
  if (kc) return kc;
  for (const k of Object.keys(x).sort()) {
    const c = compare(x[k]!, y[k]!);
    if (c) return c;
  }
  return 0;
}

export const truthy = (v: J) => v !== null && v !== false;

export function tick(env: Env): void {
  if (++env.budget.steps > STEP_LIMIT) throw new JqError('knet: jq stopped: the filter ran too long');
}

export function index(v: J, k: J): J {
  if (v === null) {
    if (typeof k === 'string' || typeof k === 'number' || k === null) return null;
  } else if (typeof k === 'string' && typeof v === 'object' && !Array.isArray(v)) return v[k] ?? null;
  else if (typeof k === 'number' && Array.isArray(v)) {
    const i = Math.floor(k < 0 ? v.length + k : k);
    return v[i] ?? null;
  } else if (k !== null && typeof k === 'object' && !Array.isArray(k) && Array.isArray(v)) return null;
  if (Array.isArray(v) && Array.isArray(k)) {
    const out: J[] = [];
    for (let i = 0; i + k.length <= v.length; i++) if (k.every((x, j) => compare(x, v[i + j]!) === 0)) out.push(i);
    return out;
  }
  const what = typeof k === 'string' ? `string "${k}"` : typeOf(k);
  throw new JqError(`Cannot index ${typeOf(v)} with ${what}`);
}

function slice(v: J, from: J, to: J): J {
  if (v === null) return null;
  if (typeof v !== 'string' && !Array.isArray(v)) throw new JqError(`Cannot index ${typeOf(v)} with object`);
  const len = v.length;
  const norm = (x: J, d: number) => {
    if (x === null) return d;
    if (typeof x !== 'number') throw new JqError('Start and end indices of an array slice must be numbers');
    const n = Math.floor(x < 0 ? len + x : x);
    return Math.max(0, Math.min(len, n));
  };
  return v.slice(norm(from, 0), norm(to, len)) as J;
}

export function arith(op: string, a: J, b: J): J {
  const fail = (verb: string) => {
    throw new JqError(`${describe(a)} and ${describe(b)} cannot be ${verb}`);
  };
  switch (op) {
    case '+':
      if (a === null) return b;
      if (b === null) return a;
      if (typeof a === 'number' && typeof b === 'number') return a + b;
      if (typeof a === 'string' && typeof b === 'string') return a + b;
      if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
      if (typeOf(a) === 'object' && typeOf(b) === 'object') return { ...(a as object), ...(b as object) } as J;
      return fail('added');
    case '-':
      if (typeof a === 'number' && typeof b === 'number') return a - b;
      if (Array.isArray(a) && Array.isArray(b)) return a.filter((x) => !b.some((y) => compare(x, y) === 0));
      return fail('subtracted');
    case '*':
      if (typeof a === 'number' && typeof b === 'number') return a * b;
      if (typeof a === 'string' && typeof b === 'number') return b > 0 ? a.repeat(Math.ceil(b)) : null;
      if (typeOf(a) === 'object' && typeOf(b) === 'object') return deepMerge(a as Record<string, J>, b as Record<string, J>);
      return fail('multiplied');
    case '/':
      if (typeof a === 'number' && typeof b === 'number') {
        if (b === 0) throw new JqError(`${describe(a)} and ${describe(b)} cannot be divided because the divisor is zero`);
        return a / b;
      }
      if (typeof a === 'string' && typeof b === 'string') return a.split(b);
      return fail('divided');
    case '%':
      if (typeof a === 'number' && typeof b === 'number') {
        if (Math.trunc(b) === 0) throw new JqError(`${describe(a)} and ${describe(b)} cannot be divided because the divisor is zero`);
        return Math.trunc(a) % Math.trunc(b);
      }
      return fail('divided');
  }
  const c = compare(a, b);
  switch (op) {
    case '==': return c === 0;
    case '!=': return c !== 0;
    case '<': return c < 0;
    case '<=': return c <= 0;
    case '>': return c > 0;
    case '>=': return c >= 0;
  }
  return null;
}

function deepMerge(a: Record<string, J>, b: Record<string, J>): J {
  const out: Record<string, J> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const cur = out[k];
    out[k] = typeOf(cur ?? null) === 'object' && typeOf(v) === 'object' ? deepMerge(cur as Record<string, J>, v as Record<string, J>) : v;
  }
  return out;
}

/** All outputs of `f` applied to `input`. */
export function* ev(f: F, input: J, env: Env): Generator<J> {
  tick(env);
  switch (f.t) {
    case 'id':
      yield input;
      return;
    case 'recurse':
      yield* recurse(input);
      return;
    case 'lit':
      yield f.v as J;
      return;
    case 'str':
      yield* strInterp(f, input, env);
      return;
    case 'format':
      yield callBuiltin(`@${f.name}`, [], input, env).next().value as J;
      return;
    case 'field':
      for (const v of ev(f.of, input, env)) {
        try {
          yield index(v, f.name);
        } catch (e) {
          if (!f.opt) throw e;
        }
      }
      return;
    case 'index':
      for (const v of ev(f.of, input, env)) for (const k of ev(f.index, input, env)) yield index(v, k);
      return;
    case 'slice':
      for (const v of ev(f.of, input, env))
        for (const a of f.from ? ev(f.from, input, env) : [null as J]) for (const b of f.to ? ev(f.to, input, env) : [null as J]) yield slice(v, a, b);
      return;
    case 'iter':
      for (const v of ev(f.of, input, env)) {
        if (Array.isArray(v)) yield* v;
        else if (v !== null && typeof v === 'object') yield* Object.values(v);
        else throw new JqError(`Cannot iterate over ${v === null ? 'null' : describe(v)}`);
      }
      return;
    case 'try':
      try {
        for (const v of ev(f.body, input, env)) yield v;
      } catch (e) {
        if (!(e instanceof JqError) || e.message.startsWith('knet:')) throw e;
        if (f.catch) yield* ev(f.catch, e.value !== undefined ? e.value : e.message, env);
      }
      return;
    case 'pipe':
      for (const v of ev(f.a, input, env)) yield* ev(f.b, v, env);
      return;
    case 'comma':
      yield* ev(f.a, input, env);
      yield* ev(f.b, input, env);
      return;
    case 'neg':
      for (const v of ev(f.a, input, env)) {
        if (typeof v !== 'number') throw new JqError(`${describe(v)} cannot be negated`);
        yield -v;
      }
      return;
    case 'bin':
      for (const b of ev(f.b, input, env)) for (const a of ev(f.a, input, env)) yield arith(f.op, a, b);
      return;
    case 'and':
    case 'or':
      for (const a of ev(f.a, input, env)) {
        if (f.t === 'and' ? !truthy(a) : truthy(a)) {
          yield f.t === 'or';
          continue;
        }
        for (const b of ev(f.b, input, env)) yield truthy(b);
      }
      return;
    case 'alt': {
      let any = false;
      try {
        for (const v of ev(f.a, input, env)) {
          if (truthy(v)) {
            any = true;
            yield v;
          }
        }
      } catch (e) {
        if (!(e instanceof JqError)) throw e;
      }
      if (!any) yield* ev(f.b, input, env);
      return;
    }
    case 'array': {
      const out: J[] = [];
      if (f.body)
        for (const v of ev(f.body, input, env)) {
          tick(env);
          out.push(v);
        }
      yield out;
      return;
    }
    case 'object':
      yield* objects(f.entries, 0, input, env, {});
      return;
    case 'if':
      for (const c of ev(f.cond, input, env)) {
        if (truthy(c)) yield* ev(f.then, input, env);
        else if (f.else) yield* ev(f.else, input, env);
        else yield input;
      }
      return;
    case 'as':
      for (const v of ev(f.src, input, env)) yield* ev(f.body, input, { ...env, vars: new Map(env.vars).set(f.name, v) });
      return;
    case 'reduce':
      for (const init of ev(f.init, input, env)) {
        let acc: J = init;
        for (const v of ev(f.src, input, env)) {
          let last: J = null;
          for (const x of ev(f.update, acc, { ...env, vars: new Map(env.vars).set(f.name, v) })) last = x;
          acc = last;
        }
        yield acc;
      }
      return;
    case 'foreach':
      for (const init of ev(f.init, input, env)) {
        let acc: J = init;
        for (const v of ev(f.src, input, env)) {
          const e2 = { ...env, vars: new Map(env.vars).set(f.name, v) };
          for (const x of ev(f.update, acc, e2)) {
            acc = x;
            if (f.extract) yield* ev(f.extract, x, e2);
            else yield x;
          }
        }
      }
      return;
    case 'var': {
      if (f.name === '__loc__') {
        yield { file: '<stdin>', line: 1 };
        return;
      }
      if (!env.vars.has(f.name)) throw new JqError(`$${f.name} is not defined`);
      yield env.vars.get(f.name)!;
      return;
    }
    case 'def': {
      const defs = new Map(env.defs);
      const e2: Env = { ...env, defs };
      defs.set(`${f.name}/${f.params.length}`, { params: f.params, body: f.body, env: e2 });
      yield* ev(f.rest, input, e2);
      return;
    }
    case 'call': {
      const def = env.defs.get(`${f.name}/${f.args.length}`);
      if (def) {
        const defs = new Map(def.env.defs);
        const vars = new Map(def.env.vars);
        const e2: Env = { ...def.env, defs, vars };
        defs.set(`${f.name}/${f.args.length}`, def);
        const valueParams: [string, F][] = [];
        def.params.forEach((p, k) => {
          if (p.startsWith('$')) valueParams.push([p.slice(1), f.args[k]!]);
          else defs.set(`${p}/0`, { params: [], body: f.args[k]!, env });
        });
        if (valueParams.length) {
          const bind = function* (k: number, e: Env): Generator<J> {
            if (k === valueParams.length) return yield* ev(def.body, input, e);
            const [name, arg] = valueParams[k]!;
            for (const v of ev(arg, input, env)) {
              const d2 = new Map(e.defs).set(`${name}/0`, { params: [], body: { t: 'lit', v }, env });
              yield* bind(k + 1, { ...e, vars: new Map(e.vars).set(name, v), defs: d2 });
            }
          };
          yield* bind(0, e2);
          return;
        }
        yield* ev(def.body, input, e2);
        return;
      }
      yield* callBuiltin(f.name, f.args, input, env);
      return;
    }
    case 'assign':
      yield* assign(f, input, env);
      return;
  }
}

function* recurse(v: J): Generator<J> {
  yield v;
  if (Array.isArray(v)) for (const x of v) yield* recurse(x);
  else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) yield* recurse(x);
}

function* objects(entries: { key: F; value?: F }[], k: number, input: J, env: Env, acc: Record<string, J>): Generator<J> {
  if (k === entries.length) {
    yield { ...acc };
    return;
  }
  const e = entries[k]!;
  for (const key of ev(e.key, input, env)) {
    if (typeof key !== 'string') throw new JqError(`Object keys must be strings`);
    const values = e.value ? ev(e.value, input, env) : [index(input, key)];
    for (const v of values) yield* objects(entries, k + 1, input, env, { ...acc, [key]: v });
  }
}

function* strInterp(f: Extract<F, { t: 'str' }>, input: J, env: Env): Generator<J> {
  const go = function* (k: number, acc: string): Generator<J> {
    if (k === f.parts.length) {
      yield acc;
      return;
    }
    const p = f.parts[k]!;
    if (typeof p === 'string') {
      yield* go(k + 1, acc + p);
      return;
    }
    for (const v of ev(p, input, env)) {
      const s = f.format ? (callBuiltin(`@${f.format}`, [], v, env).next().value as string) : typeof v === 'string' ? v : JSON.stringify(v);
      yield* go(k + 1, acc + s);
    }
  };
  yield* go(0, '');
}
