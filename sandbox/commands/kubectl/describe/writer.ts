// kubectl describe's PrefixWriter: text at indentation levels (2 spaces each), aligned by a
// tabwriter that is flushed where kubectl flushes it (before the Events table); plus the
// shared multi-line printers for labels, annotations, taints and tolerations.

import { rfc1123z } from '../../../util/duration.js';
import { tabwrite } from '../printers/tabwriter.js';

export const LEVEL_0 = 0, LEVEL_1 = 1, LEVEL_2 = 2, LEVEL_3 = 3, LEVEL_4 = 4;

export class DescribeWriter {
  private done = '';
  private buf = '';

  write(level: number, text: string): void {
    this.buf += '  '.repeat(level) + text;
  }

  /** fmt.Sprintln: the line plus a newline. */
  writeLine(text: string): void {
    this.buf += text + '\n';
  }

  flush(): void {
    this.done += tabwrite(this.buf);
    this.buf = '';
  }

  toString(): string {
    return this.done + tabwrite(this.buf);
  }
}

/** RFC 1123Z of an RFC 3339 timestamp, Go's zero time when unset. */
export function time1123(ts: string | undefined): string {
  return ts ? rfc1123z(Date.parse(ts)) : 'Mon, 01 Jan 0001 00:00:00 +0000';
}

/** Go's time.Time.String() for a metav1.Time (`2025-09-01 09:00:00 +0000 UTC`). */
export function goTimeString(ts: string | undefined): string {
  const d = new Date(ts ? Date.parse(ts) : Date.UTC(1, 0, 1));
  const p = (n: number) => String(n).padStart(2, '0');
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000 UTC`;
}

/** Go's sort.Strings order (byte-wise). */
export const sorted = (keys: string[]) => [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

export function labelsMultiline(w: DescribeWriter, title: string, labels: Record<string, string> | undefined, initialIndent = '', innerIndent = '\t'): void {
  w.write(LEVEL_0, `${initialIndent}${title}:${innerIndent}`);
  const keys = sorted(Object.keys(labels ?? {}));
  if (!keys.length) return w.writeLine('<none>');
  keys.forEach((k, i) => {
    if (i) w.write(LEVEL_0, initialIndent + innerIndent);
    w.write(LEVEL_0, `${k}=${labels![k]}\n`);
  });
}

const MAX_ANNOTATION = 140;

export function annotationsMultiline(w: DescribeWriter, title: string, annotations: Record<string, string> | undefined): void {
  w.write(LEVEL_0, `${title}:\t`);
  const keys = sorted(Object.keys(annotations ?? {}).filter((k) => k !== 'kubectl.kubernetes.io/last-applied-configuration'));
  if (!keys.length) return w.writeLine('<none>');
  keys.forEach((k, i) => {
    if (i) w.write(LEVEL_0, '\t');
    const value = annotations![k]!.replace(/\n$/, '');
    if (value.length + k.length + 2 > MAX_ANNOTATION || value.includes('\n')) {
      w.write(LEVEL_0, `${k}:\n`);
      for (const s of value.split('\n')) w.write(LEVEL_0, `\t  ${s.length > MAX_ANNOTATION - 2 ? s.slice(0, MAX_ANNOTATION - 2) + '...' : s}\n`);
    } else w.write(LEVEL_0, `${k}: ${value}\n`);
  });
}

/** `key=value:Effect`, sorted by effect then key. */
export function taintsMultiline(w: DescribeWriter, title: string, taints: any[] | undefined): void {
  w.write(LEVEL_0, `${title}:\t`);
  if (!taints?.length) return w.writeLine('<none>');
  const list = [...taints].sort((a, b) => {
    const ka = `${a.effect},${a.key}`, kb = `${b.effect},${b.key}`;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  list.forEach((t, i) => {
    if (i) w.write(LEVEL_0, '\t');
    w.write(LEVEL_0, `${t.key}${t.value ? '=' + t.value : ''}:${t.effect}\n`);
  });
}

export function tolerationsMultiline(w: DescribeWriter, title: string, tolerations: any[] | undefined, initialIndent = ''): void {
  w.write(LEVEL_0, `${initialIndent}${title}:\t`);
  if (!tolerations?.length) return w.writeLine('<none>');
  const list = [...tolerations].sort((a, b) => ((a.key ?? '') < (b.key ?? '') ? -1 : (a.key ?? '') > (b.key ?? '') ? 1 : 0));
  list.forEach((t, i) => {
    if (i) w.write(LEVEL_0, initialIndent + '\t');
    let s = t.key ?? '';
    if (t.value) s += `=${t.value}`;
    if (t.effect) s += `:${t.effect}`;
    if (t.operator === 'Exists' && !t.value) s += t.key || t.effect ? ' op=Exists' : 'op=Exists';
    if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null) s += ` for ${t.tolerationSeconds}s`;
    w.write(LEVEL_0, s + '\n');
  });
}

export function controllerOf(o: { metadata: { ownerReferences?: { controller?: boolean; kind: string; name: string }[] } }): string {
  const ref = o.metadata.ownerReferences?.find((r) => r.controller);
  return ref ? `${ref.kind}/${ref.name}` : '';
}
