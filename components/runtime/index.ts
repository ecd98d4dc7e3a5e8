// Picks the runtime for a lesson page: the course's preferred kind when this page can run it,
// else `local` with the reason, so the page can say why (DESIGN contract 4).
import { createLocalRuntime } from './local.js';
import type { Runtime, RuntimeKind } from './types.js';

export type { Runtime, RuntimeKind } from './types.js';

export interface RuntimeChoice {
  kind: RuntimeKind;
  /** Set when the preferred runtime could not be used: why, in words for the learner. */
  fallback?: string;
}

export interface PageAbilities {
  /** `crossOriginIsolated`: needed for SharedArrayBuffer, which WebContainer requires. */
  crossOriginIsolated: boolean;
  /** Whether this build ships the WebContainer runtime. */
  webcontainer: boolean;
}

export function chooseRuntime(preferred: RuntimeKind, page: PageAbilities): RuntimeChoice {
  if (preferred === 'local') return { kind: 'local' };
  if (!page.webcontainer) return { kind: 'local', fallback: 'WebContainer is not available in this build of the course' };
  if (!page.crossOriginIsolated) return { kind: 'local', fallback: 'WebContainer needs a cross-origin isolated page, and this one is not' };
  return { kind: 'webcontainer' };
}

/** The runtime for this page, and why it is not the preferred one if it is not. */
export function createRuntime(preferred: RuntimeKind): { runtime: Runtime; choice: RuntimeChoice } {
  // The WebContainer runtime is not written yet; until it is, every page runs `local`.
  const choice = chooseRuntime(preferred, { crossOriginIsolated: globalThis.crossOriginIsolated === true, webcontainer: false });
  return { runtime: createLocalRuntime(), choice };
}

/**
 * Claims a lesson for this tab for as long as the tab lives (Web Locks), so two tabs of one lesson
 * do not overwrite each other's saved state. False when another tab has it (or locks are missing).
 */
export async function claimLesson(key: string, locks: LockManager | undefined = globalThis.navigator?.locks): Promise<boolean> {
  if (!locks) return true;
  return new Promise<boolean>((resolve) => {
    void locks.request(`knet-lesson:${key}`, { ifAvailable: true }, (lock) => {
      resolve(lock !== null);
      // Held until the tab closes: the callback's promise never settles.
      return lock ? new Promise<void>(() => {}) : undefined;
    });
  });
}
