// `-o go-template=…`: the common subset of Go's text/template that kubectl users write —
// `{{.a.b}}`, `{{range .items}}…{{end}}`, `{{if}}…{{else}}…{{end}}`, `{{index .m "k"}}`,
// `{{"\n"}}`, `{{$}}`, trim markers `{{-`/`-}}` — printing values as Go's `%v` does.

export class GoTemplateError extends Error {}

type Tok = { t: 'text'; v: string } | { t: 'action'; v: string; pos: number };

function lex(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const open = src.indexOf('{{', i);
    if (open < 0) {
      out.push({ t: 'text', v: src.slice(i) });
      break;
    }
    let text = src.slice(i, open);
    const close = src.indexOf('}}', open + 2);
    if (close < 0) throw new GoTemplateError(`template: output:1: unclosed action`);
    let inner = src.slice(open + 2, close);
    if (inner.startsWith('- ')) {
      text = text.replace(/\s+$/, '');
      inner = inner.slice(1);
    }
    let trimAfter = false;
    if (inner.endsWith(' -')) {
      trimAfter = true;
      inner = inner.slice(0, -1);
    }
    if (text) out.push({ t: 'text', v: text });
    out.push({ t: 'action', v: inner.trim(), pos: open + 2 });
    i = close + 2;
    if (trimAfter) while (i < src.length && /\s/.test(src[i]!)) i++;
  }
  return out;
}

function goValue(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (Array.isArray(v)) return '[' + v.map(goValue).join(' ') + ']';
  if (typeof v === 'object') return 'map[' + Object.keys(v as object).sort().map((k) => `${k}:${goValue((v as any)[k])}`).join(' ') + ']';
  return String(v);
}

const MISSING = Symbol('missing');

export function executeGoTemplate(src: string, data: unknown, opts: { allowMissingKeys?: boolean } = {}): string {
  const toks = lex(src);
  let pos = 0;
  let out = '';
  const allowMissing = opts.allowMissingKeys ?? true;

  const words = (s: string): string[] => s.match(/"(?:[^"\\]|\\.)*"|`[^`]*`|\S+/g) ?? [];
  const evalWord = (w: string, dot: unknown): unknown => {
    if (w.startsWith('"')) return JSON.parse(w);
    if (w.startsWith('`')) return w.slice(1, -1);
    if (/^-?\d+$/.test(w)) return Number(w);
    if (w === 'true' || w === 'false') return w === 'true';
    if (w === 'nil') return null;
    let cur: unknown = w === '$' || w.startsWith('$.') ? data : dot;
    const path = w === '.' || w === '$' ? [] : w.replace(/^\$/, '').split('.').slice(1);
    for (const f of path) {
      if (cur === null || cur === undefined || typeof cur !== 'object' || Array.isArray(cur)) {
        if (cur === MISSING) return MISSING;
        throw new GoTemplateError(`template: output:1:${toks[pos - 1]?.t === 'action' ? (toks[pos - 1] as any).pos : 0}: executing "output" at <${w}>: can't evaluate field ${f} in type ${cur === null || cur === undefined ? 'interface {}' : typeof cur}`);
      }
      if (!(f in (cur as object))) {
        if (!allowMissing) throw new GoTemplateError(`template: output:1:${(toks[pos - 1] as any)?.pos ?? 0}: executing "output" at <${w}>: map has no entry for key "${f}"`);
        return MISSING;
      }
      cur = (cur as any)[f];
    }
    return cur;
  };
  const evalPipeline = (s: string, dot: unknown): unknown => {
    const ws = words(s);
    if (ws[0] === 'index') {
      let v = evalWord(ws[1]!, dot);
      for (const k of ws.slice(2)) {
        const key = evalWord(k, dot);
        v = v && typeof v === 'object' ? ((v as any)[key as any] ?? MISSING) : MISSING;
      }
      return v;
    }
    if (ws[0] === 'len') {
      const v = evalWord(ws[1]!, dot);
      return Array.isArray(v) ? v.length : v && typeof v === 'object' ? Object.keys(v).length : String(v ?? '').length;
    }
    if (ws[0] === 'printf') return ws.slice(2).reduce((acc: string, w) => acc.replace(/%[svd]/, goValue(evalWord(w, dot))), String(evalWord(ws[1]!, dot)));
    if (ws[0] === 'not') return !truthy(evalWord(ws[1]!, dot));
    if (ws[0] === 'eq') return evalWord(ws[1]!, dot) === evalWord(ws[2]!, dot);
    if (ws[0] === 'ne') return evalWord(ws[1]!, dot) !== evalWord(ws[2]!, dot);
    return evalWord(ws[0] ?? '.', dot);
  };
  const truthy = (v: unknown) => v !== MISSING && v !== null && v !== undefined && v !== false && v !== 0 && v !== '' && !(Array.isArray(v) && !v.length) && !(typeof v === 'object' && !Array.isArray(v) && !Object.keys(v as object).length);

  /** Runs tokens until `end`/`else`; returns the keyword that stopped it. */
  const run = (dot: unknown, emit: boolean): string => {
    while (pos < toks.length) {
      const tk = toks[pos++]!;
      if (tk.t === 'text') {
        if (emit) out += tk.v;
        continue;
      }
      const a = tk.v;
      if (a === 'end' || a === 'else') return a;
      if (a.startsWith('/*')) continue;
      if (a.startsWith('range ') || a.startsWith('if ') || a.startsWith('with ')) {
        const kw = a.split(' ')[0]!;
        const v = emit ? evalPipeline(a.slice(kw.length + 1), dot) : undefined;
        const start = pos;
        if (kw === 'range') {
          const items = Array.isArray(v) ? v : v && typeof v === 'object' ? Object.keys(v).sort().map((k) => (v as any)[k]) : [];
          let stop = '';
          if (!emit || !items.length) {
            stop = run(dot, false);
            if (stop === 'else') stop = run(dot, emit);
          } else {
            for (const item of items) {
              pos = start;
              stop = run(item, true);
            }
            if (stop === 'else') run(dot, false);
          }
        } else {
          const ok = emit && truthy(v);
          const stop = run(kw === 'with' && ok ? v : dot, ok);
          if (stop === 'else') run(dot, emit && !ok);
        }
        continue;
      }
      if (!emit) continue;
      const v = evalPipeline(a, dot);
      out += v === MISSING ? '<no value>' : goValue(v);
    }
    return '';
  };
  run(data, true);
  return out;
}
