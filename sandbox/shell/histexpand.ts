// Interactive bash's history expansion: `!!`, `!$`, `!^`, `!*`, `!n`, `!-n`, `!prefix`.
// Only terminals get it (bash turns it off in scripts and `bash -c`).

/** Words of a history line, roughly as bash splits them (quotes keep their spaces). */
function words(line: string): string[] {
  return line.match(/(?:[^\s"']+|"(?:\\.|[^"\\])*"|'[^']*')+/g) ?? [];
}

/** Returns the expanded line, whether it changed, or the `event not found` text. */
export function expandHistory(line: string, history: string[]): { line: string; changed: boolean } | { error: string } {
  if (!line.includes('!')) return { line, changed: false };
  let out = '';
  let changed = false;
  let single = false;
  let double = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\' && !single) {
      out += c + (line[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === "'" && !double) single = !single;
    if (c === '"' && !single) double = !double;
    const n = line[i + 1];
    if (c !== '!' || single || n === undefined || /[\s=(]/.test(n) || (double && n === '"')) {
      out += c;
      continue;
    }
    let event: string | undefined;
    let spec = '';
    let designator: string | undefined;
    if (n === '!' || n === '$' || n === '^' || n === '*') {
      event = history[history.length - 1];
      spec = '!' + n;
      if (n !== '!') designator = n;
      i += 1;
    } else {
      const m = /^(-?\d+|[^\s;&|()<>"'`:]+)/.exec(line.slice(i + 1));
      if (!m) {
        out += c;
        continue;
      }
      spec = '!' + m[1];
      if (/^-?\d+$/.test(m[1]!)) {
        const k = Number(m[1]);
        event = k < 0 ? history[history.length + k] : history[k - 1];
      } else event = [...history].reverse().find((h) => h.startsWith(m[1]!));
      i += m[1]!.length;
    }
    if (event === undefined) return { error: `${spec}: event not found` };
    if (designator) {
      const ws = words(event);
      event = designator === '$' ? (ws[ws.length - 1] ?? '') : designator === '^' ? (ws[1] ?? '') : ws.slice(1).join(' ');
    }
    out += event;
    changed = true;
  }
  return { line: out, changed };
}
