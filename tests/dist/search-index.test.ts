import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allPages, DIST, EXPECTED_SECTIONS, fileFor, readPage, SITE_PAGES } from '../helpers/dist.ts';

const INDEXED = ['zh', 'en'].flatMap((lang) => [
  `/${lang}/`,
  ...[...EXPECTED_SECTIONS, ...SITE_PAGES].map((section) => `/${lang}/${section.key}/`),
]);

describe('what Pagefind indexes', () => {
  it('only the overview, the five sections and the help page carry data-pagefind-body, on their article', () => {
    for (const path of allPages()) {
      const $ = readPage(path);
      const bodies = $('[data-pagefind-body]');
      if (INDEXED.includes(path)) {
        expect(bodies.length, path).toBe(1);
        expect(bodies.is('article.prose'), path).toBe(true);
      } else {
        expect(bodies.length, path).toBe(0);
      }
    }
    expect(allPages()).toEqual(expect.arrayContaining(['/zh/full/', '/en/full/', '/zh/search/', '/en/search/']));
  });

  it('interface inside an article body is marked data-pagefind-ignore', () => {
    for (const path of INDEXED) {
      const $ = readPage(path);
      for (const el of $('[data-pagefind-body] :is(nav, button, [data-search-panel])').toArray()) {
        expect($(el).closest('[data-pagefind-ignore]').length, `${path}: ${$.html(el).slice(0, 80)}`).toBe(1);
      }
    }
  });

  it('writes one index per language, each with the seven pages', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn']);
    expect(entry.languages['zh-cn'].page_count).toBe(7);
    expect(entry.languages.en.page_count).toBe(7);
    for (const file of ['pagefind.js', 'pagefind-worker.js', 'pagefind-highlight.js']) {
      expect(existsSync(join(DIST, 'pagefind', file)), file).toBe(true);
    }
  });

  it('indexes only what readers see: no hidden text inside an indexed article', () => {
    for (const path of INDEXED) {
      const $ = readPage(path);
      const hidden = $('[data-pagefind-body] [hidden]')
        .toArray()
        .filter((el) => $(el).text().trim() !== '' && $(el).closest('[data-pagefind-ignore]').length === 0);
      expect(
        hidden.map((el) => $.html(el).slice(0, 80)),
        path,
      ).toEqual([]);
    }
  });

  it('serves each language’s search words beside it, with a pinyin table for Chinese only', () => {
    const words = (lang: string) => JSON.parse(readFileSync(fileFor(`/${lang}/search-words.json`), 'utf8'));
    const zh = words('zh');
    const en = words('en');
    expect(zh.stop).toContain('怎么办');
    expect(en.stop).toContain('the');
    expect(zh.synonyms.some((s: { reader: string[] }) => s.reader.includes('找朋友借'))).toBe(true);
    expect(zh.pinyin.zheng).toContain('征');
    expect(en.pinyin).toBeUndefined();
  });

  it('the search pages are noindex and not in the index', () => {
    for (const lang of ['zh', 'en']) {
      const $ = readPage(`/${lang}/search/`);
      expect($('meta[name="robots"]').attr('content')).toContain('noindex');
      expect($('noscript').length).toBe(1);
    }
  });
});
