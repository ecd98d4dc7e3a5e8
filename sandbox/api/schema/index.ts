// Schema look-ups for `kubectl explain`: a kind's field tree (loaded with the API server) and
// the field descriptions, which live in separate generated modules loaded only when asked for.

import type { Schema } from './types.js';

type Descriptions = Record<string, Record<string, string>>;

/** The descriptions modules, imported lazily so the browser bundle can split them out. */
const LOADERS: (() => Promise<{ default: Descriptions }>)[] = [
  () => import('./generated/core.descriptions.js'),
  () => import('./generated/apps.descriptions.js'),
  () => import('./generated/discovery.descriptions.js'),
  () => import('./generated/networking.descriptions.js'),
];

let loaded: Descriptions | undefined;

async function all(): Promise<Descriptions> {
  if (!loaded) {
    const mods = await Promise.all(LOADERS.map((l) => l()));
    loaded = Object.assign({}, ...mods.map((m) => m.default)) as Descriptions;
  }
  return loaded;
}

/** The description of an object type (field '') or of one of its fields, by schema id. */
export async function describeField(id: string, fieldName = ''): Promise<string | undefined> {
  return (await all())[id]?.[fieldName];
}

/** Follows a dotted path (`spec.ports.targetPort`) through a schema, stepping into arrays and maps. */
export function schemaAt(root: Schema, path: string[]): { schema: Schema; parent?: Schema & { type: 'object' }; field?: string } | undefined {
  let cur: Schema = root;
  let parent: (Schema & { type: 'object' }) | undefined;
  let name: string | undefined;
  for (const part of path) {
    while (cur.type === 'array' || cur.type === 'map') cur = cur.type === 'array' ? cur.items : cur.values;
    if (cur.type !== 'object' || !cur.fields[part]) return undefined;
    parent = cur;
    name = part;
    cur = cur.fields[part]!;
  }
  return { schema: cur, parent, field: name };
}
