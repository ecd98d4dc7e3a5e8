// Browser entry for lesson terminals: mounts xterm.js with the fit addon on each [data-knet-terminal]
// element and connects it to the lesson's runtime (the sandbox in a Web Worker, state kept per lesson).
import '@xterm/xterm/css/xterm.css';
import type { Terminal } from '@xterm/xterm';
import { attachTerminal, toTerminal, type AttachedTerminal, type TerminalLike } from './host.js';
import { claimLesson, createRuntime, type RuntimeKind } from '../runtime/index.js';
import { shellBackend } from '../runtime/backend.js';
import type { Runtime, StartReply } from '../runtime/types.js';

export interface TerminalSetup {
  /** Which saved state is this terminal's (the lesson id); default: the page's path. */
  key?: string;
  seed: number;
  /** Manifests applied before the learner starts, in order (name is the file name, content its text). */
  manifests: { name: string; content: string }[];
}

const THEME = {
  background: '#10141b',
  foreground: '#dfe6f0',
  cursor: '#7ee0a1',
  selectionBackground: '#33415c',
  black: '#10141b',
  brightBlack: '#6b7587',
  green: '#7ee0a1',
  blue: '#7fb0ff',
};

async function mount(el: HTMLElement): Promise<void> {
  const setup = JSON.parse(el.dataset.setup ?? '{"seed":1,"manifests":[]}') as TerminalSetup;
  const [{ Terminal }, { FitAddon }] = await Promise.all([import('@xterm/xterm'), import('@xterm/addon-fit')]);
  const term = new Terminal({
    fontFamily: getComputedStyle(el).fontFamily,
    fontSize: 13,
    cursorBlink: true,
    scrollback: 5000,
    theme: THEME,
  });
  // The terminal needs Tab for completion, so Tab alone cannot leave it (no keyboard trap, WCAG 2.1.2):
  // after Escape, the next Tab or Shift-Tab moves focus on as usual.
  let escaped = false;
  term.attachCustomKeyEventHandler((e) => {
    if (e.type !== 'keydown') return true;
    if (e.key === 'Tab' && escaped) return false;
    escaped = e.key === 'Escape';
    return true;
  });
  const fit = new FitAddon();
  term.loadAddon(fit);
  el.textContent = '';
  term.open(el);
  fit.fit();
  new ResizeObserver(() => fit.fit()).observe(el);

  const { runtime, choice } = createRuntime((el.dataset.runtime as RuntimeKind | undefined) ?? 'local');
  runtime.on('warning', (m) => term.write(toTerminal(`\x1b[33m${m}\x1b[0m\n`)));
  const status = el.closest('.knet-terminal')?.querySelector<HTMLElement>('[data-knet-runtime-status]');
  const show = (r: StartReply) => {
    if (r.warning) term.write(toTerminal(`\x1b[33m${r.warning}\x1b[0m\n`));
    if (!status) return;
    const where = choice.fallback ? `Runs in this browser (${choice.fallback})` : 'Runs in this browser';
    const saved = !owner
      ? 'not saved: this lesson is open in another tab'
      : r.restored
        ? 'your work from last time is restored'
        : r.saving
          ? 'saved as you go'
          : 'not saved in this browser';
    status.textContent = `${where} · ${saved}`;
  };
  // Keys typed while the cluster starts are kept and replayed at the first prompt.
  const early: string[] = [];
  const buffering = term.onData((d) => early.push(d));
  term.write('Starting the cluster…');
  const key = setup.key ?? location.pathname;
  // A second tab of the same lesson runs on its own, unsaved, rather than overwrite the first tab's work.
  const owner = await claimLesson(key);
  const reply = await runtime.start({ key, seed: setup.seed, manifests: setup.manifests }, { columns: term.cols, persist: owner });
  term.write('\r\x1b[2K');
  show(reply);
  buffering.dispose();
  let attached: AttachedTerminal = attachTerminal(withTypeAhead(term, early), shellBackend(runtime));
  el.dataset.ready = 'true';
  term.focus();

  const reset = el.closest('.knet-terminal')?.querySelector<HTMLButtonElement>('[data-knet-reset]');
  if (reset) {
    reset.hidden = false;
    reset.addEventListener('click', () => void resetLesson(runtime, reset));
  }
  async function resetLesson(rt: Runtime, button: HTMLButtonElement): Promise<void> {
    if (!confirm('Start this lesson again from its setup? Your cluster, files and history here are lost.')) return;
    button.disabled = true;
    el.dataset.ready = 'false';
    rt.interrupt();
    attached.dispose();
    try {
      const r = await rt.reset();
      term.reset();
      show(r);
      attached = attachTerminal(term, shellBackend(rt));
      await attached.ready;
      el.dataset.ready = 'true';
    } finally {
      button.disabled = false;
      term.focus();
    }
  }
}

/** The terminal, with keys typed before attaching delivered to the first data listener. */
function withTypeAhead(term: Terminal, early: string[]): TerminalLike {
  return {
    get cols() {
      return term.cols;
    },
    write: (d) => term.write(d),
    onData(listener) {
      const sub = term.onData(listener);
      for (const d of early.splice(0)) listener(d);
      return sub;
    },
    onResize: (listener) => term.onResize(listener),
  };
}

/** Mounts every terminal on the page that is not mounted yet. */
export function mountAll(root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-knet-terminal]:not([data-mounted])')) {
    el.dataset.mounted = 'true';
    mount(el).catch((e: unknown) => {
      el.textContent = `The terminal failed to start: ${e instanceof Error ? e.message : String(e)}`;
      console.error(e);
    });
  }
}
