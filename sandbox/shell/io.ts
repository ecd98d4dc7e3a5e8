// Streams between commands: standard input as a consumable string, outputs as sinks.
// Pipelines are not streamed: a stage's whole output becomes the next stage's input.

export interface Out {
  write(s: string): void;
  /** True when this is the learner's terminal (not a pipe, file or /dev/null). */
  terminal: boolean;
}

/** Standard input shared by the commands of a list, so `read` in a loop takes one line at a time. */
export class In {
  constructor(
    private buf: string,
    private pos = 0,
  ) {}

  /** Everything not yet read; a command that reads stdin consumes all of it. */
  takeAll(): string {
    const s = this.buf.slice(this.pos);
    this.pos = this.buf.length;
    return s;
  }

  /** One line without its newline, or undefined at end of input. `sawNewline` tells a last unterminated line apart. */
  takeLine(): { line: string; sawNewline: boolean } | undefined {
    if (this.pos >= this.buf.length) return undefined;
    const nl = this.buf.indexOf('\n', this.pos);
    const end = nl < 0 ? this.buf.length : nl;
    const line = this.buf.slice(this.pos, end);
    this.pos = nl < 0 ? this.buf.length : nl + 1;
    return { line, sawNewline: nl >= 0 };
  }

  /** n characters (read -n). */
  take(n: number): string {
    const s = this.buf.slice(this.pos, this.pos + n);
    this.pos += s.length;
    return s;
  }
}

export interface IO {
  stdin: In;
  out: Out;
  err: Out;
}

export const NULL_OUT: Out = { write: () => {}, terminal: false };

/** A sink that collects text (pipes, command substitution). */
export function capture(): Out & { text(): string } {
  const chunks: string[] = [];
  return { write: (s) => void chunks.push(s), terminal: false, text: () => chunks.join('') };
}
