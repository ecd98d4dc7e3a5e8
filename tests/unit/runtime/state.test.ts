// The CLI's state file: written atomically, so a crash mid-write leaves the previous state whole.

import * as fs from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadState, ops, saveState, statePath, type SavedState } from '../../../sandbox/runtime/node/state.js';

const fake = (n: number): SavedState => ({ format: 'knet-state/v1', cluster: { now: n } as never });

describe('CLI state', () => {
  it('round-trips', () => {
    const dir = mkdtempSync(join(tmpdir(), 'knet-state-'));
    expect(loadState(dir)).toBeUndefined();
    saveState(dir, fake(1));
    expect(loadState(dir)).toEqual(fake(1));
  });

  it('keeps the previous state when a write dies before the rename', () => {
    const dir = mkdtempSync(join(tmpdir(), 'knet-state-'));
    saveState(dir, fake(1));
    for (const step of ['writeSync', 'fsyncSync', 'renameSync'] as const) {
      const spy = vi.spyOn(ops, step).mockImplementation(() => {
        throw new Error(`simulated crash in ${step}`);
      });
      expect(() => saveState(dir, fake(2))).toThrow('simulated crash');
      spy.mockRestore();
    }
    expect(loadState(dir)).toEqual(fake(1));
    // The half-written temp file is never mistaken for the state.
    expect(JSON.parse(fs.readFileSync(statePath(dir), 'utf8'))).toEqual(fake(1));
  });

  it('rejects a file that is not a knet state', () => {
    const dir = mkdtempSync(join(tmpdir(), 'knet-state-'));
    fs.writeFileSync(statePath(dir), '{"hello":1}');
    expect(() => loadState(dir)).toThrow('not a knet state file');
  });
});
