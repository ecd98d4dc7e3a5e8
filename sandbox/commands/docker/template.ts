// The slice of Go text/template that `docker inspect -f` users type: `{{.A.B}}`, `{{json .A}}`,
// `{{index .A "k"}}` and `{{range .A}}…{{end}}`, printed the way Go prints values.

export class TemplateError extends Error {}

type Node = { text: string } | { expr: string } | { range: string; body: Node[] };

function parse(tpl: string): Node[] {
  const root: Node[] = [];
  const stack: Node[][] = [root];
  const re = /\{\{-?\s*(.*?)\s*-?\}\}/gs;
  let last = 0;
  for (let m = re.exec(tpl); m; m = re.exec(tpl)) {
    if (m.index > last) stack.at(-1)!.push({ text: tpl.slice(last, m.index) });
    last = m.index + m[0].length;
    const action = m[1]!;
    if (action.startsWith('range ')) {
      const body: Node[] = [];
      stack.at(-1)!.push({ range: action.slice(6).trim(), body });
      stack.push(body);
    } else if (action === 'end') {
      if (stack.length === 1) throw new TemplateError(`template parsing error: template: :1: unexpected {{end}}`);
      stack.pop();
    } else stack.at(-1)!.push({ expr: action });
  }
  if (stack.length > 1) throw new TemplateError('template parsing error: template: :1: unexpected EOF');
  if (last < tpl.length) root.push({ text: tpl.slice(last) });
  return root;
}

function path(dot: unknown, p: string): unknown {
  if (p === '.') return dot;
  let v: any = dot;
  for (const k of p.slice(1).split('.')) v = v == null || typeof v !== 'object' ? undefined : v[k];
  return v;
}

function evalExpr(dot: unknown, expr: string): unknown {
  const words = expr.match(/"[^"]*"|\S+/g) ?? [];
  const arg = (w: string | undefined): unknown => (w === undefined ? undefined : w.startsWith('"') ? w.slice(1, -1) : w.startsWith('.') ? path(dot, w) : w);
  if (words[0] === 'json') return { json: arg(words[1]) };
  if (words[0] === 'index') {
    const base: any = arg(words[1]);
    return base?.[String(arg(words[2]))];
  }
  if (words.length !== 1 || !words[0]!.startsWith('.')) throw new TemplateError(`template parsing error: template: :1: function "${words[0]}" not defined`);
  return path(dot, words[0]!);
}

/** Go's fmt %v of a decoded JSON value. */
function goString(v: unknown): string {
  if (v === undefined || v === null) return '<no value>';
  if (Array.isArray(v)) return `[${v.map(goString).join(' ')}]`;
  if (typeof v === 'object') return `map[${Object.keys(v).sort().map((k) => `${k}:${goString((v as any)[k])}`).join(' ')}]`;
  return String(v);
}

function exec(nodes: Node[], dot: unknown): string {
  let out = '';
  for (const n of nodes) {
    if ('text' in n) out += n.text;
    else if ('range' in n) {
      const v: any = evalExpr(dot, n.range);
      const items = Array.isArray(v) ? v : v && typeof v === 'object' ? Object.keys(v).sort().map((k) => v[k]) : [];
      for (const it of items) out += exec(n.body, it);
    } else {
      const v = evalExpr(dot, n.expr);
      out += v && typeof v === 'object' && 'json' in v ? JSON.stringify((v as { json: unknown }).json ?? null) : goString(v);
    }
  }
  return out;
}

export function renderTemplate(tpl: string, data: unknown): string {
  return exec(parse(tpl), data);
}
