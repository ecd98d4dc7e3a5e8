// Paths into values, for jq's assignments (`.a.b = 1`, `|=`, `+=`), `del`, `paths` and `getpath`.

import type { F } from './parse.js';
import { arith, compare, describe, ev, index, JqError, tick, truthy, typeOf, type Env, type J } from './eval.js';

/** Paths a filter designates (`.a.b`, `.[]`, `select(...)`), for assignment and `del`. */
export function* paths(f: F, input: J, env: Env, prefix: J[] = []): Generator<J[]> {
  tick(env);
  const at = getpath(input, prefix);
  switch (f.t) {
    case 'id':
      yield prefix;
      return;
    case 'recurse':
      for (const p of allPaths(at, prefix)) yield p;
      return;
    case 'field':
      for (const p of paths(f.of, input, env, prefix)) {
        const v = getpath(input, p);
        if (v !== null && typeOf(v) !== 'object') {
          if (f.opt) continue;
          throw new JqError(`Cannot index ${typeOf(v)} with string "${f.name}"`);
        }
        yield [...p, f.name];
      }
      return;
    case 'index':
      for (const p of paths(f.of, input, env, prefix)) for (const k of ev(f.index, at, env)) yield [...p, k];
      return;
    case 'iter':
      for (const p of paths(f.of, input, env, prefix)) {
        const v = getpath(input, p);
        if (Array.isArray(v)) for (let i = 0; i < v.length; i++) yield [...p, i];
        else if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) yield [...p, k];
        else if (v !== null) throw new JqError(`Cannot iterate over ${describe(v)}`);
      }
      return;
    case 'pipe':
      for (const p of paths(f.a, input, env, prefix)) yield* paths(f.b, input, env, p);
      return;
    case 'comma':
      yield* paths(f.a, input, env, prefix);
      yield* paths(f.b, input, env, prefix);
      return;
    case 'if':
      for (const c of ev(f.cond, at, env)) {
        if (truthy(c)) yield* paths(f.then, input, env, prefix);
        else if (f.else) yield* paths(f.else, input, env, prefix);
        else yield prefix;
      }
      return;
    case 'try':
      try {
        for (const p of paths(f.body, input, env, prefix)) yield p;
      } catch (e) {
        if (!(e instanceof JqError)) throw e;
      }
      return;
    case 'call':
      if (f.name === 'select' && f.args.length === 1) {
        for (const c of ev(f.args[0]!, at, env)) if (truthy(c)) yield prefix;
        return;
      }
      if (f.name === 'empty') return;
      if (f.name === 'first' && f.args.length === 1) {
        for (const p of paths(f.args[0]!, input, env, prefix)) {
          yield p;
          return;
        }
        return;
      }
      if ((f.name === 'getpath' || f.name === 'paths') && f.args.length === 1) {
        for (const p of ev(f.args[0]!, at, env)) if (Array.isArray(p)) yield [...prefix, ...p];
        return;
      }
      break;
  }
  throw new JqError(`Invalid path expression with result ${describe(at)}`);
}

function* allPaths(v: J, prefix: J[]): Generator<J[]> {
  yield prefix;
  if (Array.isArray(v)) for (let i = 0; i < v.length; i++) yield* allPaths(v[i]!, [...prefix, i]);
  else if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) yield* allPaths(v[k]!, [...prefix, k]);
}

export function getpath(v: J, p: J[]): J {
  let cur = v;
  for (const k of p) {
    if (cur === null) return null;
    cur = index(cur, k);
  }
  return cur;
}

export function setpath(v: J, p: J[], value: J): J {
  if (!p.length) return value;
  const [k, ...rest] = p;
  if (typeof k === 'string') {
    if (v !== null && typeOf(v) !== 'object') throw new JqError(`Cannot index ${typeOf(v)} with string "${k}"`);
    const o = { ...((v as Record<string, J>) ?? {}) };
    o[k] = setpath(o[k] ?? null, rest, value);
    return o;
  }
  if (typeof k === 'number') {
    if (v !== null && !Array.isArray(v)) throw new JqError(`Cannot index ${typeOf(v)} with number`);
    const a = [...((v as J[]) ?? [])];
    const i = k < 0 ? a.length + k : k;
    if (i < 0) throw new JqError('Out of bounds negative array index');
    while (a.length < i) a.push(null);
    a[i] = setpath(a[i] ?? null, rest, value);
    return a;
  }
  throw new JqError(`Cannot update field at object index of ${typeOf(v)}`);
}

export function delpaths(v: J, ps: J[][]): J {
  const sorted = [...ps].sort((a, b) => compare(b, a));
  let out = v;
  for (const p of sorted) out = delpath(out, p);
  return out;
}

function delpath(v: J, p: J[]): J {
  if (!p.length) return null;
  if (v === null) return null;
  const [k, ...rest] = p;
  if (Array.isArray(v) && typeof k === 'number') {
    const a = [...v];
    const i = k < 0 ? a.length + k : k;
    if (rest.length) a[i] = delpath(a[i] ?? null, rest);
    else a.splice(i, 1);
    return a;
  }
  if (typeOf(v) === 'object' && typeof k === 'string') {
    const o = { ...(v as Record<string, J>) };
    if (rest.length) o[k] = delpath(o[k] ?? null, rest);
    else delete o[k];
    return o;
  }
  throw new JqError(`Cannot delete field at ${typeOf(k)} index of ${typeOf(v)}`);
}

export function* assign(f: Extract<F, { t: 'assign' }>, input: J, env: Env): Generator<J> {
  const ps = [...paths(f.lhs, input, env)];
  if (f.op === '|=') {
    let out = input;
    for (const p of ps) {
      const it = ev(f.rhs, getpath(out, p), env).next();
      out = it.done ? delpaths(out, [p]) : setpath(out, p, it.value);
    }
    yield out;
    return;
  }
  for (const rhs of ev(f.rhs, input, env)) {
    let out = input;
    for (const p of ps) {
      if (f.op === '=') out = setpath(out, p, rhs);
      else if (f.op === '//=') {
        const cur = getpath(out, p);
        out = setpath(out, p, truthy(cur) ? cur : rhs);
      } else out = setpath(out, p, arith(f.op.slice(0, -1), getpath(out, p), rhs));
    }
    yield out;
  }
}
