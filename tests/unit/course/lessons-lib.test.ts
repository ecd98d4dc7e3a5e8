import { describe, expect, it } from 'vitest';
import { chapterOfId, inlineCode, lessonHref, lessonsByChapter } from '../../../course/lib/lessons.js';

describe('course/lib/lessons', () => {
  it('groups lessons by chapter, ordered by order then folder name', () => {
    const l = (id: string, chapter: string, order: number) => ({ id, data: { chapter, order } });
    const groups = lessonsByChapter([
      l('02-services/03-nodeport', '02-services', 3),
      l('03-dns/01-names', '03-dns', 1),
      l('02-services/01-first-service', '02-services', 1),
      l('02-services/02-endpointslices', '02-services', 2),
    ]);
    expect([...groups.keys()]).toEqual(['02-services', '03-dns']);
    expect(groups.get('02-services')!.map((x) => x.id)).toEqual([
      '02-services/01-first-service',
      '02-services/02-endpointslices',
      '02-services/03-nodeport',
    ]);
  });

  it('builds lesson URLs under any base path', () => {
    expect(lessonHref('/', '02-services/01-first-service')).toBe('/lessons/02-services/01-first-service/');
    expect(lessonHref('/knet', 'a/b')).toBe('/knet/lessons/a/b/');
    expect(chapterOfId('02-services/01-first-service')).toBe('02-services');
  });

  it('splits backtick code spans out of plain text', () => {
    expect(inlineCode('Run `kubectl expose` on `web`.')).toEqual([
      { text: 'Run ', code: false },
      { text: 'kubectl expose', code: true },
      { text: ' on ', code: false },
      { text: 'web', code: true },
      { text: '.', code: false },
    ]);
  });
});
