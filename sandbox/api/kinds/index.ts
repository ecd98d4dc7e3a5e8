// The kinds the API server knows how to default and validate, by kind name.

import type { KindHandler } from '../kind.js';

const HANDLERS = new Map<string, KindHandler>();

export function registerKind(h: KindHandler): void {
  HANDLERS.set(h.kind, h);
}

export function handlerFor(kind: string): KindHandler | undefined {
  return HANDLERS.get(kind);
}
