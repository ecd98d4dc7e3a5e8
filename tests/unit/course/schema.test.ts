import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { exerciseSchema } from '../../../course/schema/exercise.js';
import { lessonSchema } from '../../../course/schema/lesson.js';

const lesson = lessonSchema(z.string());

const good = {
  title: 'Your first Service',
  description: 'Expose a Deployment.',
  chapter: '02-services',
  order: 1,
  estimatedMinutes: 20,
  objectives: ['Expose a Deployment with a ClusterIP Service'],
  setup: { seed: 42, manifests: ['setup/deployment.yaml'] },
  exercises: ['expose-hostnames'],
};

const exercise = {
  id: 'expose-web',
  title: 'Expose the deployment',
  goal: 'Create a Service.',
  hints: ['Use kubectl expose.'],
  checks: [
    {
      type: 'object',
      id: 'svc',
      description: 'Service web exists',
      resource: 'services',
      name: 'web',
      expect: { exists: true },
    },
  ],
  solution: { commands: ['kubectl expose deployment web --port=80'] },
};

function messages(result: z.SafeParseReturnType<unknown, unknown>): string[] {
  expect(result.success).toBe(false);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('lesson frontmatter schema', () => {
  it('accepts a complete lesson and fills defaults', () => {
    const data = lesson.parse(good);
    expect(data.draft).toBe(false);
    expect(data.setup.cluster).toBe('default');
  });

  it('names a typo’d top-level field', () => {
    const out = messages(lesson.safeParse({ ...good, estimatedMinute: 5 }));
    expect(out).toEqual([": Unrecognized field 'estimatedMinute' (not in the schema; check the spelling)"]);
  });

  it('names the full path of a typo’d nested field', () => {
    const out = messages(lesson.safeParse({ ...good, setup: { seed: 1, sed: 2 } }));
    expect(out).toEqual(["setup: Unrecognized field 'setup.sed' (not in the schema; check the spelling)"]);
  });

  it('reports wrong types, missing fields and unknown chapters at their paths', () => {
    const { title: _title, ...noTitle } = good;
    const out = messages(lesson.safeParse({ ...noTitle, order: 'one', chapter: '02-service' }));
    expect(out.map((m) => m.split(':')[0])).toEqual(['title', 'chapter', 'order']);
    expect(out[1]).toContain("Invalid enum value. Expected '01-pod-networking'");
  });
});

describe('exercise schema', () => {
  it('accepts an exercise with each kind of check', () => {
    const from = { kind: 'pod', image: 'curlimages/curl' };
    const parsed = exerciseSchema.parse({
      ...exercise,
      checks: [
        ...exercise.checks,
        { type: 'reachability', id: 'http', description: 'd', from, url: 'http://web/', expect: { outcome: 'connected', status: 200 } },
        { type: 'reachability', id: 'db', description: 'd', from: { kind: 'workstation' }, host: '172.18.0.2', port: 30080, expect: { outcome: 'timeout' } },
        { type: 'dns', id: 'dns', description: 'd', from, name: 'web', expect: { answers: ['10.96.0.20'] } },
        { type: 'load-spread', id: 'spread', description: 'd', from, url: 'http://web/', expect: { distinctBackends: 3 } },
      ],
    });
    expect(parsed.solution.files).toEqual({});
    expect(parsed.checks.map((c) => c.type)).toEqual(['object', 'reachability', 'reachability', 'dns', 'load-spread']);
    const dns = parsed.checks[3]!;
    expect(dns.type === 'dns' && [dns.recordType, dns.expect.rcode]).toEqual(['A', 'NOERROR']);
  });

  it('names the path of a typo inside a check', () => {
    const bad = {
      ...exercise,
      checks: [{ ...exercise.checks[0], expect: { exists: true, cuont: 3 } }],
    };
    const out = messages(exerciseSchema.safeParse(bad));
    expect(out).toEqual([
      "checks.0.expect: Unrecognized field 'checks.0.expect.cuont' (not in the schema; check the spelling)",
    ]);
  });

  it('rejects an unknown check type, naming the discriminator', () => {
    const out = messages(exerciseSchema.safeParse({ ...exercise, checks: [{ type: 'ping', id: 'x', description: 'd' }] }));
    expect(out[0]).toMatch(/^checks\.0\.type: Invalid discriminator value\. Expected 'object' \| 'reachability' \| 'dns' \| 'load-spread'/);
  });

  it('enforces cross-field rules of checks and origins', () => {
    const reach = { type: 'reachability', id: 'r', description: 'd', from: { kind: 'workstation' }, expect: { outcome: 'refused' } };
    expect(messages(exerciseSchema.safeParse({ ...exercise, checks: [reach] }))).toEqual([
      'checks.0.url: a reachability check needs either url or both host and port',
    ]);
    const noPod = { ...reach, url: 'http://web/', from: { kind: 'pod' } };
    expect(messages(exerciseSchema.safeParse({ ...exercise, checks: [noPod] }))).toEqual([
      'checks.0.from: a pod origin needs exactly one of name or selector (or an image for a client pod)',
    ]);
    const emptyExpect = { ...exercise.checks[0], expect: {} };
    expect(messages(exerciseSchema.safeParse({ ...exercise, checks: [emptyExpect] }))).toEqual([
      'checks.0.expect: expect needs at least one of exists, count, fields',
    ]);
  });

  it('requires kebab-case ids, at least one hint, check and solution command', () => {
    const out = messages(
      exerciseSchema.safeParse({ ...exercise, id: 'Expose_Web', hints: [], checks: [], solution: { commands: [] } }),
    );
    expect(out.map((m) => m.split(':')[0])).toEqual(['id', 'hints', 'checks', 'solution.commands']);
  });
});

/** Every field of every object in the schema carries a description, as authors' tooling shows it. */
function undescribed(schema: z.ZodTypeAny, path: string, out: string[]): string[] {
  const def = schema._def as { typeName: string } & Record<string, any>;
  switch (def.typeName) {
    case 'ZodObject':
      for (const [key, field] of Object.entries((schema as z.AnyZodObject).shape) as [string, z.ZodTypeAny][]) {
        if (!field.description) out.push(`${path}${key}`);
        undescribed(field, `${path}${key}.`, out);
      }
      return out;
    case 'ZodOptional':
    case 'ZodNullable':
    case 'ZodDefault':
      return undescribed(def.innerType, path, out);
    case 'ZodEffects':
      return undescribed(def.schema, path, out);
    case 'ZodArray':
      return undescribed(def.type, `${path}[].`, out);
    case 'ZodDiscriminatedUnion':
      for (const option of def.options as z.ZodTypeAny[]) undescribed(option, path, out);
      return out;
    default:
      return out;
  }
}

describe('schema documentation', () => {
  it('finds undescribed fields (the walker itself)', () => {
    const sample = z.object({ a: z.string(), b: z.array(z.object({ c: z.number().describe('c') })).describe('b') });
    expect(undescribed(sample, '', [])).toEqual(['a']);
  });

  it('describes every field of lessons and exercises', () => {
    expect(undescribed(lesson, '', [])).toEqual([]);
    expect(undescribed(exerciseSchema, '', [])).toEqual([]);
  });
});
