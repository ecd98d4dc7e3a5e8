// The exercise data schema (DESIGN contract 2): id, title, goal, hints, checks and the reference solution.
import { z } from 'astro/zod';
import { checkSchema } from './checks.js';
import { kebabId, strictObject } from './strict.js';

export const solutionSchema = strictObject({
  commands: z
    .array(z.string().min(1))
    .min(1)
    .describe('Command lines that solve the exercise, run in order at the workstation prompt.'),
  files: z
    .record(z.string().min(1), z.string())
    .default({})
    .describe('Workspace files the commands read (path relative to the workspace → content).'),
});

export const exerciseSchema = strictObject({
  id: kebabId.describe('Globally unique exercise id; the file is named <id>.yaml and lessons reference it.'),
  title: z.string().min(1).max(80).describe('Short imperative title: "Expose the deployment".'),
  goal: z.string().min(1).describe('What the learner must achieve, in one or two sentences (Markdown).'),
  hints: z.array(z.string().min(1)).min(1).describe('Hints, from gentle to nearly-the-answer, revealed one at a time.'),
  checks: z
    .array(checkSchema)
    .min(1)
    .describe('Conditions that must all pass; each must fail on the lesson setup and pass on the solution.'),
  solution: solutionSchema.describe('The reference solution, replayed by the lesson tests.'),
});

export type Exercise = z.infer<typeof exerciseSchema>;
export type Solution = z.infer<typeof solutionSchema>;
