// Browser entry for lesson terminals: mounts xterm.js with the fit addon on each [data-knet-terminal]
// element and connects it to a shell on a fresh simulated cluster (the lesson's setup applied first).
// Runs the sandbox on the page's thread until the Web Worker runtime lands.
import '@xterm/xterm/css/xterm.css';
import { attachTerminal } from './host.js';

export interface TerminalSetup {
  seed: number;
  /** Manifests applied before the learner starts, in order (name is the file name, content its text). */
  manifests: { name: string; content: string }[];
}

const SETTLE_MS = 60_000;

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
  const [{ Terminal }, { FitAddon }, sandbox] = await Promise.all([
    import('@xterm/xterm'),
    import('@xterm/addon-fit'),
    import('../../sandbox/index.js'),
  ]);
  const { createCluster, HOME, MemoryFs, Session } = sandbox;

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

  const cluster = createCluster({ seed: setup.seed, startTime: Math.floor(Date.now() / 1000) * 1000 });
  if (setup.manifests.length > 0) {
    // The setup is part of the lesson, not the learner's journal: apply it from a session that does not record.
    const files = Object.fromEntries(setup.manifests.map((m) => [`${HOME}/${m.name}`, m.content]));
    const setupFs = new MemoryFs(files);
    setupFs.mkdir(HOME, true);
    const installer = new Session({ cluster, fs: setupFs, home: HOME, journal: false });
    const quiet = { stdout: () => {}, stderr: (s: string) => console.warn(`lesson setup: ${s}`) };
    for (const m of setup.manifests) await installer.run(`kubectl apply -f ${m.name}`, quiet);
    // A lesson starts from a settled state, as if the learner arrived a minute after the setup ran.
    cluster.advance(SETTLE_MS);
  }
  // The cluster clock runs ahead of the page's (bootstrap and setup took simulated time); from here it
  // follows wall time at that offset, so AGE grows and pods start while you read.
  const offset = cluster.now - Date.now();
  const workspace = new MemoryFs();
  workspace.mkdir(HOME, true);
  const session = new Session({
    cluster,
    fs: workspace,
    home: HOME,
    columns: term.cols,
    beforeLine: () => cluster.advanceTo(Math.max(cluster.now, Date.now() + offset)),
    sleep: async (ms, signal) => {
      cluster.advance(ms);
      const until = Date.now() + ms;
      while (!signal.aborted && Date.now() < until) await new Promise((r) => setTimeout(r, Math.min(100, until - Date.now())));
    },
  });
  attachTerminal(term, session);
  term.focus();
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
