import type { PageSource } from '../../src/guide/model';
import type { Lang } from '../../src/lib/languages';

/** A small, valid two-language guide; each test breaks one thing in a copy of it. */
export function page(lang: Lang, key: string, order: number, ids: string[] = [], links: string[] = []): PageSource {
  return {
    lang,
    key,
    file: `content/${lang}/${key}.mdx`,
    title: `${key} (${lang})`,
    description: `About ${key} in ${lang}, long enough.`,
    summary: `${key} summary`,
    order,
    kind: 'article',
    updated: new Date('2026-11-25'),
    headings: ids.map((id) => ({ depth: 2, id, text: `Heading ${id}` })),
    links,
  };
}

export function validGuide(): PageSource[] {
  return (['zh', 'en'] as const).flatMap((lang) => [
    page(lang, 'overview', 0),
    page(lang, 'causes', 1, ['income-change', 'unplanned-expenses']),
    page(lang, 'strategies', 2, ['raise-funds'], ['#raise-funds', `/${lang}/causes/#income-change`]),
  ]);
}
