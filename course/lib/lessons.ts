// Helpers for listing lessons: grouping by chapter in order, and building lesson URLs.

interface LessonLike {
  id: string;
  data: { chapter: string; order: number };
}

/** Lessons grouped by chapter id, each group sorted by `order` then id (folder prefix). */
export function lessonsByChapter<T extends LessonLike>(lessons: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const lesson of lessons) {
    const list = groups.get(lesson.data.chapter) ?? [];
    list.push(lesson);
    groups.set(lesson.data.chapter, list);
  }
  for (const list of groups.values()) {
    list.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  }
  return groups;
}

/** `/lessons/02-services/01-first-service/` under the site's base path. */
export function lessonHref(base: string, id: string): string {
  return `${base.replace(/\/?$/, '/')}lessons/${id}/`;
}

/** The chapter folder a lesson id lives in (`02-services/01-first-service` → `02-services`). */
export function chapterOfId(id: string): string {
  return id.split('/')[0] ?? '';
}

/** Splits Markdown-ish text on backticks so `kubectl expose` renders as code without a Markdown parser. */
export function inlineCode(text: string): { text: string; code: boolean }[] {
  return text
    .split('`')
    .map((part, i) => ({ text: part, code: i % 2 === 1 }))
    .filter((p) => p.text !== '');
}
