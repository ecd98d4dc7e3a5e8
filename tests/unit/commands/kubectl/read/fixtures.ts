// Loads recorded kubectl fixtures (tests/fixtures/kubectl/<case>.json).

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURE_DIR = join(__dirname, '../../../../fixtures/kubectl');

export function fixtures<T = any>(prefix: string): { file: string; data: T }[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, data: JSON.parse(readFileSync(join(FIXTURE_DIR, file), 'utf8')) as T }));
}
