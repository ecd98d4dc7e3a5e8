// The lesson frontmatter schema: a strict zod object, every field described, used by the content collection.
import { z } from 'astro/zod';
import { CHAPTER_IDS } from '../config.js';
import { strictObject } from './strict.js';

export const setupSchema = strictObject({
  cluster: z
    .string()
    .min(1)
    .default('default')
    .describe('The kind cluster config: `default` (1 control-plane + 2 workers, kindnet) or a path in the lesson folder, e.g. setup/kind-config.yaml.'),
  seed: z
    .number()
    .int()
    .min(0)
    .max(0xffffffff)
    .describe('Seed of the cluster’s random generator: pod names and load-balancing picks repeat for the same seed.'),
  manifests: z
    .array(z.string().min(1))
    .default([])
    .describe('Manifests in the lesson folder applied in order before the learner starts (e.g. setup/deployment.yaml).'),
});

/**
 * Builds the schema; `exerciseRef` is Astro's `reference('exercises')` in the content config and a plain
 * string in unit tests, which cannot import astro:content.
 */
export function lessonSchema<R extends z.ZodTypeAny>(exerciseRef: R) {
  return strictObject({
    title: z.string().min(1).max(80).describe('The lesson title, shown as its heading and in the chapter list.'),
    description: z.string().min(1).max(200).describe('One sentence on what the learner will do; used for the page description.'),
    chapter: z.enum(CHAPTER_IDS).describe('The chapter folder id (course/config.ts), which must match the lesson’s parent folder.'),
    order: z.number().int().min(1).describe('Position within the chapter; matches the folder’s numeric prefix.'),
    estimatedMinutes: z.number().int().min(1).max(240).describe('Rough time to finish the lesson, in minutes.'),
    objectives: z
      .array(z.string().min(1))
      .min(1)
      .describe('What the learner can do afterwards, one short sentence each ("Expose a Deployment with a ClusterIP Service").'),
    setup: setupSchema.describe('The starting state: cluster shape, seed and manifests.'),
    exercises: z.array(exerciseRef).default([]).describe('Ids of the graded exercises (files in the lesson’s exercises/ folder), in order.'),
    draft: z.boolean().default(false).describe('Draft lessons are built in dev but left out of the course listing.'),
  });
}

export type LessonData = z.infer<ReturnType<typeof lessonSchema<z.ZodString>>>;
