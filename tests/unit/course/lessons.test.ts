// Every lesson folder: frontmatter valid, folder names and numeric prefixes consistent, referenced files present.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CHAPTER_IDS } from '../../../course/config.js';
import { exerciseSchema } from '../../../course/schema/exercise.js';
import { lessonSchema } from '../../../course/schema/lesson.js';

const ROOT = join(import.meta.dirname, '../../../lessons');
const PREFIXED = /^(\d{2})-[a-z0-9]+(-[a-z0-9]+)*$/;

function dirs(path: string): string[] {
  return readdirSync(path, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

function frontmatter(file: string): unknown {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(file, 'utf8'));
  if (!m) throw new Error(`${file}: no frontmatter`);
  return parse(m[1]!);
}

const lessons = dirs(ROOT).flatMap((chapter) => dirs(join(ROOT, chapter)).map((lesson) => ({ chapter, lesson })));
const allExerciseIds = new Map<string, string>();

describe('lessons/', () => {
  it('has at least one lesson, in chapter folders named in course/config.ts', () => {
    expect(lessons.length).toBeGreaterThan(0);
    for (const chapter of dirs(ROOT)) expect(CHAPTER_IDS).toContain(chapter);
  });

  describe.each(lessons)('$chapter/$lesson', ({ chapter, lesson }) => {
    const dir = join(ROOT, chapter, lesson);

    it('has a numbered folder name and valid frontmatter that matches it', () => {
      expect(lesson).toMatch(PREFIXED);
      const data = lessonSchema(z.string()).parse(frontmatter(join(dir, 'index.mdx')));
      expect(data.chapter).toBe(chapter);
      expect(data.order).toBe(Number(PREFIXED.exec(lesson)![1]));
      for (const manifest of data.setup.manifests) expect(existsSync(join(dir, manifest)), manifest).toBe(true);
      if (data.setup.cluster !== 'default') expect(existsSync(join(dir, data.setup.cluster))).toBe(true);
      for (const id of data.exercises) {
        expect(existsSync(join(dir, 'exercises', `${id}.yaml`)), `exercises/${id}.yaml`).toBe(true);
      }
    });

    it('has exercises whose id is their file name, unique across the course', () => {
      const folder = join(dir, 'exercises');
      const files = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.yaml')) : [];
      for (const file of files) {
        const ex = exerciseSchema.parse(parse(readFileSync(join(folder, file), 'utf8')));
        expect(`${ex.id}.yaml`).toBe(file);
        expect(allExerciseIds.get(ex.id), `exercise id ${ex.id} used twice`).toBeUndefined();
        allExerciseIds.set(ex.id, `${chapter}/${lesson}`);
      }
    });
  });
});
