// Label selectors: matching, parsing kubectl's `-l` syntax, and printing them as kubectl does.

import type { LabelSelector, LabelSelectorRequirement } from './types.js';

export type Requirement = LabelSelectorRequirement | { key: string; operator: 'Equals' | 'NotEquals'; values: [string] };

export function matchesRequirements(labels: Record<string, string> | undefined, reqs: Requirement[]): boolean {
  const l = labels ?? {};
  for (const r of reqs) {
    const has = Object.prototype.hasOwnProperty.call(l, r.key);
    const v = l[r.key];
    switch (r.operator) {
      case 'Equals':
        if (!has || v !== r.values[0]) return false;
        break;
      case 'NotEquals':
        if (has && v === r.values[0]) return false;
        break;
      case 'In':
        if (!has || !(r.values ?? []).includes(v!)) return false;
        break;
      case 'NotIn':
        if (has && (r.values ?? []).includes(v!)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
    }
  }
  return true;
}

/** metav1.LabelSelector semantics: an empty selector matches everything; a nil one nothing. */
export function matchesSelector(labels: Record<string, string> | undefined, sel: LabelSelector | null | undefined): boolean {
  if (!sel) return false;
  const reqs: Requirement[] = [];
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) reqs.push({ key: k, operator: 'Equals', values: [v] });
  for (const e of sel.matchExpressions ?? []) reqs.push(e);
  return matchesRequirements(labels, reqs);
}

/** A Service/ReplicationController-style map selector: empty or missing matches nothing. */
export function matchesMapSelector(labels: Record<string, string> | undefined, sel: Record<string, string> | undefined): boolean {
  if (!sel || Object.keys(sel).length === 0) return false;
  const l = labels ?? {};
  for (const [k, v] of Object.entries(sel)) if (l[k] !== v) return false;
  return true;
}

export class SelectorParseError extends Error {}

/**
 * Parses `-l` selectors: `app=web`, `app==web`, `app!=web`, `env in (a,b)`, `env notin (a)`,
 * `app`, `!app`, comma-separated.
 */
export function parseSelector(text: string): Requirement[] {
  const reqs: Requirement[] = [];
  const s = text.trim();
  if (!s) return reqs;
  let i = 0;
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (; i < s.length; i++) {
    const c = s[i]!;
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  parts.push(cur);
  const key = /^[A-Za-z0-9]([-A-Za-z0-9_./]*[A-Za-z0-9])?$/;
  for (const raw of parts) {
    const p = raw.trim();
    let m: RegExpMatchArray | null;
    if ((m = p.match(/^(\S+?)\s*(==|=|!=)\s*(\S*)$/))) {
      if (!key.test(m[1]!)) throw new SelectorParseError(`unable to parse requirement: invalid label key "${m[1]}"`);
      reqs.push({ key: m[1]!, operator: m[2] === '!=' ? 'NotEquals' : 'Equals', values: [m[3]!] });
    } else if ((m = p.match(/^(\S+)\s+(in|notin)\s*\(([^)]*)\)$/))) {
      const values = m[3]!.split(',').map((v) => v.trim()).filter((v) => v !== '');
      reqs.push({ key: m[1]!, operator: m[2] === 'in' ? 'In' : 'NotIn', values });
    } else if ((m = p.match(/^!\s*(\S+)$/))) {
      reqs.push({ key: m[1]!, operator: 'DoesNotExist' });
    } else if (key.test(p)) {
      reqs.push({ key: p, operator: 'Exists' });
    } else {
      throw new SelectorParseError(`unable to parse requirement: found '${p}', expected: identifier`);
    }
  }
  return reqs;
}

/** `app=web,tier in (a,b)` — metav1.FormatLabelSelector, `<none>` for an empty selector. */
export function formatLabelSelector(sel: LabelSelector | null | undefined): string {
  if (!sel) return '<none>';
  const parts: string[] = [];
  for (const k of Object.keys(sel.matchLabels ?? {}).sort()) parts.push(`${k}=${sel.matchLabels![k]}`);
  for (const e of sel.matchExpressions ?? []) {
    switch (e.operator) {
      case 'In':
        parts.push(`${e.key} in (${(e.values ?? []).join(',')})`);
        break;
      case 'NotIn':
        parts.push(`${e.key} notin (${(e.values ?? []).join(',')})`);
        break;
      case 'Exists':
        parts.push(e.key);
        break;
      case 'DoesNotExist':
        parts.push(`!${e.key}`);
        break;
    }
  }
  return parts.length ? parts.join(',') : '<none>';
}

/** `app=web,tier=db` from a map, sorted by key; `<none>` when empty. */
export function formatMap(m: Record<string, string> | undefined, none = '<none>'): string {
  const keys = Object.keys(m ?? {}).sort();
  return keys.length ? keys.map((k) => `${k}=${m![k]}`).join(',') : none;
}
