// Adapts a Runtime to the terminal's ShellBackend, so the lesson terminal drives any runtime.
import type { ShellBackend } from '../terminal/host.js';
import type { Runtime } from './types.js';

export function shellBackend(runtime: Runtime): ShellBackend {
  return {
    prompt: () => runtime.prompt(),
    run: (line, io) => runtime.run(line, { onStdout: (s) => io.stdout(s), onStderr: (s) => io.stderr(s) }),
    interrupt: () => runtime.interrupt(),
    needsMore: (text) => runtime.needsMore(text),
    complete: (line, cursor) => runtime.complete(line, cursor),
    history: runtime.history,
    get exited() {
      return runtime.exited;
    },
  };
}
