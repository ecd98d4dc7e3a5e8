// Which runtime a page gets, and the reason it gives when it falls back to `local`.
import { describe, expect, it } from 'vitest';
import { chooseRuntime } from '../../../../components/runtime/index.js';

describe('chooseRuntime', () => {
  it('local is always available', () => {
    expect(chooseRuntime('local', { crossOriginIsolated: false, webcontainer: false })).toEqual({ kind: 'local' });
  });

  it('webcontainer needs the runtime in the build and an isolated page', () => {
    expect(chooseRuntime('webcontainer', { crossOriginIsolated: true, webcontainer: true })).toEqual({ kind: 'webcontainer' });
    expect(chooseRuntime('webcontainer', { crossOriginIsolated: false, webcontainer: true })).toEqual({
      kind: 'local',
      fallback: 'WebContainer needs a cross-origin isolated page, and this one is not',
    });
    expect(chooseRuntime('webcontainer', { crossOriginIsolated: true, webcontainer: false })).toEqual({
      kind: 'local',
      fallback: 'WebContainer is not available in this build of the course',
    });
  });
});
