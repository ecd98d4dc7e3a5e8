// Command and process substitution: `$( … )`, backticks, `$(< file)`, `<( … )`.

import type { Script } from './ast.js';
import { capture, In } from './io.js';
import { applyRedirs, RedirError } from './redirect.js';
import type { Shell } from './interpreter.js';

/** `$( … )`: the body's output (the caller trims trailing newlines); sets `substStatus`. */
export async function substitute(sh: Shell, body: Script): Promise<string> {
  const only = body.items.length === 1 && !body.items[0]!.rest.length ? body.items[0]!.first.cmds : undefined;
  const c = only?.length === 1 ? only[0] : undefined;
  if (c?.t === 'simple' && !c.words.length && !c.assigns.length && c.redirs.length === 1 && c.redirs[0]!.op === '<') {
    // `$(< file)`: bash reads the file without running cat.
    const err = sh.errOut ?? { write: () => {}, terminal: false };
    try {
      const rio = await applyRedirs(c.redirs, { stdin: new In(''), out: capture(), err }, sh.expander(), sh.fs, sh.cwd);
      sh.substStatus = 0;
      return rio.stdin.takeAll();
    } catch (e) {
      if (!(e instanceof RedirError)) throw e;
      err.write(`${sh.name}: ${e.message}\n`);
      sh.substStatus = 1;
      return '';
    }
  }
  const out = capture();
  const sub = sh.clone();
  const err = sh.errOut ?? { write: () => {}, terminal: false };
  const status = await sub.inSubshell(() => sub.script(body, { stdin: new In(''), out, err }), err);
  sh.substStatus = status;
  return out.text();
}

/** `<( … )`: runs the body and hands back the /dev/fd path holding its output. */
export async function processSubstitute(sh: Shell, body: Script, dir: '<' | '>'): Promise<string> {
  const fds = (sh.fs as { fds?: Map<string, string> }).fds;
  const path = `/dev/fd/${63 - (fds?.size ?? 0)}`;
  // `>(cmd)` would feed cmd what the command writes; here cmd runs on empty input.
  const text = dir === '<' ? await substituteRaw(sh, body) : (await substituteRaw(sh, body), '');
  fds?.set(path, text);
  return path;
}

/** `$( … )` output without trimming trailing newlines. */
async function substituteRaw(sh: Shell, body: Script): Promise<string> {
  const out = capture();
  const sub = sh.clone();
  const err = sh.errOut ?? { write: () => {}, terminal: false };
  await sub.inSubshell(() => sub.script(body, { stdin: new In(''), out, err }), err);
  return out.text();
}
