// Splits the data strings xterm.js delivers (onData) into keys: text runs, control keys and escape sequences.

export type KeyName =
  | 'enter'
  | 'tab'
  | 'backspace'
  | 'delete'
  | 'left'
  | 'right'
  | 'up'
  | 'down'
  | 'home'
  | 'end'
  | 'word-left'
  | 'word-right'
  | 'word-delete-back'
  | 'word-delete-forward'
  | 'escape'
  | 'unknown';

export type Key =
  /** Printable text (typed or pasted); `pasted` when it came inside a bracketed paste. */
  | { kind: 'text'; text: string; pasted: boolean }
  /** Ctrl plus a letter, as the lower-case letter: Ctrl-A → 'a'. */
  | { kind: 'ctrl'; letter: string }
  | { kind: 'key'; name: KeyName; seq: string };

const PASTE_START = '\x1b[200~';
const PASTE_END = '\x1b[201~';

/** CSI sequences by final byte (cursor keys) or by number before `~` (VT220 editing keys). */
function csiKey(params: string, final: string): KeyName {
  const mods = params.split(';');
  const modifier = Number(mods[1] ?? '1');
  // xterm modifier codes: 3 = Alt, 5 = Ctrl, 7 = Ctrl+Alt, 9 = Meta.
  const wordish = modifier === 3 || modifier === 5 || modifier === 7 || modifier === 9;
  switch (final) {
    case 'A':
      return 'up';
    case 'B':
      return 'down';
    case 'C':
      return wordish ? 'word-right' : 'right';
    case 'D':
      return wordish ? 'word-left' : 'left';
    case 'H':
      return 'home';
    case 'F':
      return 'end';
    case '~':
      switch (mods[0]) {
        case '1':
        case '7':
          return 'home';
        case '4':
        case '8':
          return 'end';
        case '3':
          return wordish ? 'word-delete-forward' : 'delete';
        default:
          return 'unknown';
      }
    default:
      return 'unknown';
  }
}

function ss3Key(c: string): KeyName {
  switch (c) {
    case 'A':
      return 'up';
    case 'B':
      return 'down';
    case 'C':
      return 'right';
    case 'D':
      return 'left';
    case 'H':
      return 'home';
    case 'F':
      return 'end';
    case 'M':
      return 'enter';
    default:
      return 'unknown';
  }
}

/** Alt (Meta) sends ESC before the key: Alt-b / Alt-f move by words, Alt-d / Alt-Backspace delete one. */
function altKey(c: string): KeyName {
  switch (c) {
    case 'b':
      return 'word-left';
    case 'f':
      return 'word-right';
    case 'd':
      return 'word-delete-forward';
    case '\x7f':
    case '\b':
      return 'word-delete-back';
    default:
      return 'unknown';
  }
}

function pushText(keys: Key[], text: string, pasted: boolean): void {
  const last = keys[keys.length - 1];
  if (last && last.kind === 'text' && last.pasted === pasted) last.text += text;
  else keys.push({ kind: 'text', text, pasted });
}

/** A bracketed paste: text runs with line breaks as Enter, so a pasted script runs line by line. */
function pasteKeys(keys: Key[], body: string): void {
  const parts = body.replace(/\r\n?/g, '\n').split('\n');
  parts.forEach((part, i) => {
    if (i > 0) keys.push({ kind: 'key', name: 'enter', seq: '\r' });
    const clean = part.replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '');
    if (clean) pushText(keys, clean, true);
  });
}

export function parseKeys(data: string): Key[] {
  const keys: Key[] = [];
  let i = 0;
  while (i < data.length) {
    const c = data[i]!;
    if (data.startsWith(PASTE_START, i)) {
      const end = data.indexOf(PASTE_END, i + PASTE_START.length);
      const stop = end < 0 ? data.length : end;
      pasteKeys(keys, data.slice(i + PASTE_START.length, stop));
      i = end < 0 ? data.length : end + PASTE_END.length;
    } else if (c === '\x1b') {
      const next = data[i + 1];
      if (next === '[') {
        const m = /^\x1b\[([0-?]*)[ -/]*([@-~])/.exec(data.slice(i));
        if (!m) {
          keys.push({ kind: 'key', name: 'unknown', seq: data.slice(i) });
          break;
        }
        keys.push({ kind: 'key', name: csiKey(m[1]!, m[2]!), seq: m[0] });
        i += m[0].length;
      } else if (next === 'O' && i + 2 < data.length) {
        keys.push({ kind: 'key', name: ss3Key(data[i + 2]!), seq: data.slice(i, i + 3) });
        i += 3;
      } else if (next !== undefined) {
        keys.push({ kind: 'key', name: altKey(next), seq: data.slice(i, i + 2) });
        i += 2;
      } else {
        keys.push({ kind: 'key', name: 'escape', seq: c });
        i += 1;
      }
    } else if (c === '\r' || c === '\n') {
      keys.push({ kind: 'key', name: 'enter', seq: c });
      // A CR LF pair (some pastes) is one Enter.
      i += c === '\r' && data[i + 1] === '\n' ? 2 : 1;
    } else if (c === '\t') {
      keys.push({ kind: 'key', name: 'tab', seq: c });
      i += 1;
    } else if (c === '\x7f' || c === '\b') {
      keys.push({ kind: 'key', name: 'backspace', seq: c });
      i += 1;
    } else if (c < ' ') {
      keys.push({ kind: 'ctrl', letter: String.fromCharCode(c.charCodeAt(0) + 96) });
      i += 1;
    } else {
      let j = i;
      while (j < data.length && data[j]! >= ' ' && data[j] !== '\x7f' && data[j] !== '\x1b') j++;
      pushText(keys, data.slice(i, j), false);
      i = j;
    }
  }
  return keys;
}
