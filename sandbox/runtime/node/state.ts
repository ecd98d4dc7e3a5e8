// Saving and loading the CLI's state directory. Writes are atomic (temp file, fsync, rename),
// so a crash mid-write leaves the previous state whole.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ClusterState } from '../../cluster/cluster.js';

export interface SavedState {
  format: 'knet-state/v1';
  cluster: ClusterState;
  /** The workstation shell's own state: cwd, env, history, aliases. */
  session?: unknown;
}

export const STATE_FILE = 'state.json';

/** The file operations a save uses; tests replace one to simulate a crash at that step. */
export const ops = {
  writeSync: fs.writeSync,
  fsyncSync: fs.fsyncSync,
  renameSync: fs.renameSync,
};

export function statePath(dir: string): string {
  return path.join(dir, STATE_FILE);
}

export function loadState(dir: string): SavedState | undefined {
  let text: string;
  try {
    text = fs.readFileSync(statePath(dir), 'utf8');
  } catch {
    return undefined;
  }
  const parsed = JSON.parse(text) as SavedState;
  if (parsed?.format !== 'knet-state/v1') throw new Error(`${statePath(dir)}: not a knet state file`);
  return parsed;
}

export function saveState(dir: string, state: SavedState): void {
  fs.mkdirSync(dir, { recursive: true });
  const target = statePath(dir);
  const tmp = path.join(dir, `.${STATE_FILE}.${process.pid}.tmp`);
  const fd = fs.openSync(tmp, 'w');
  try {
    try {
      ops.writeSync(fd, JSON.stringify(state));
      ops.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    ops.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

export function removeState(dir: string): boolean {
  try {
    fs.rmSync(statePath(dir));
    return true;
  } catch {
    return false;
  }
}
