// Content collections: lessons (lessons/**/index.mdx) and their exercises (lessons/**/exercises/*.yaml).
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { exerciseSchema } from './schema/exercise.js';
import { lessonSchema } from './schema/lesson.js';

const lessons = defineCollection({
  // The id is the folder path, numeric prefixes included: 02-services/01-first-service.
  loader: glob({
    pattern: '**/index.mdx',
    base: './lessons',
    generateId: ({ entry }) => entry.replace(/\/index\.mdx$/, ''),
  }),
  schema: lessonSchema(reference('exercises')),
});

const exercises = defineCollection({
  // Exercise ids are global so a lesson can name them without a path; the file carries its own id.
  loader: glob({
    pattern: '**/exercises/*.yaml',
    base: './lessons',
    generateId: ({ entry, data }) => (typeof data.id === 'string' ? data.id : entry),
  }),
  schema: exerciseSchema,
});

export const collections = { lessons, exercises };
