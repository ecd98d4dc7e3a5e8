// Strict zod objects whose "unknown field" errors name the full dotted path of the typo.
import { z } from 'astro/zod';

/** `setup.sed`, `exercises.0.checks.1.expct` — the way authors read paths in their YAML. */
function dotted(path: readonly (string | number)[], key: string): string {
  return [...path, key].join('.');
}

const unknownFieldMap: z.ZodErrorMap = (issue, ctx) => {
  if (issue.code === z.ZodIssueCode.unrecognized_keys) {
    const fields = issue.keys.map((k) => `'${dotted(issue.path, k)}'`).join(', ');
    const noun = issue.keys.length === 1 ? 'field' : 'fields';
    return { message: `Unrecognized ${noun} ${fields} (not in the schema; check the spelling)` };
  }
  return { message: ctx.defaultError };
};

/** z.object(shape).strict(), with an error message that names the unknown field's path. */
export function strictObject<T extends z.ZodRawShape>(shape: T) {
  return z.object(shape, { errorMap: unknownFieldMap }).strict();
}

/** Lower-case words joined by hyphens, like Kubernetes object names: `expose-web`. */
export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens (like expose-web)');
