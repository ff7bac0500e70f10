import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n';
import { allPages, DIST, EXPECTED_SECTIONS, fileFor, readPage, SITE_PAGES } from '../helpers/dist.ts';

/** The text Pagefind holds for each page of a language (its fragments, as the browser reads them). */
interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}

function fragments(pagefindLang: string): Fragment[] {
  const dir = join(DIST, 'pagefind', 'fragment');
  return readdirSync(dir)
    .filter((name) => name.startsWith(`${pagefindLang}_`))
    .map((file) =>
      JSON.parse(
        gunzipSync(readFileSync(join(dir, file)))
          .toString('utf8')
          .replace(/^pagefind_dcd/, ''),
      ),
    );
}

function indexedText(pagefindLang: string): Map<string, string> {
  const pages = new Map<string, string>();
  for (const fragment of fragments(pagefindLang)) {
    // Chinese text comes segmented into words, with zero-width spaces between them.
    pages.set(new URL(fragment.url, 'https://example.invalid').pathname, fragment.content.replace(/\u200b/g, ''));
  }
  return pages;
}

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

  it('gives each page its place in the reading order, which search ranks by', () => {
    for (const [lang, pagefindLang] of [
      ['zh', 'zh-cn'],
      ['en', 'en'],
    ] as const) {
      const order = fragments(pagefindLang)
        .sort((a, b) => Number(a.meta.order) - Number(b.meta.order))
        .map((f) => new URL(f.url, 'https://example.invalid').pathname);
      expect(order).toEqual([
        `/${lang}/`,
        ...INDEXED.filter((path) => path.startsWith(`/${lang}/`) && path !== `/${lang}/`),
      ]);
    }
  });

  it('holds a tool box’s words but not a see-also box or a callout’s label', () => {
    for (const [lang, pagefindLang, worksheet] of [
      ['en', 'en', 'repayment plan worksheet'],
      ['zh', 'zh-cn', '还款计划表'],
    ] as const) {
      const pages = indexedText(pagefindLang);
      const { reading } = t(lang);
      // The strategies page offers the worksheet in a tool box: a search for it lands there.
      expect(pages.get(`/${lang}/strategies/`), `/${lang}/strategies/`).toContain(worksheet);
      for (const [path, text] of pages) {
        expect(text, path).not.toContain(reading.siteAddition);
        expect(text, path).not.toContain(reading.seeAlso);
      }
      // The overview's see-also box links the help page; its words belong to that page.
      const helpTitle = readPage(`/${lang}/help/`)('h1').first().text().trim();
      expect(readPage(`/${lang}/`)('[data-pagefind-body]').text()).toContain(helpTitle);
      expect(pages.get(`/${lang}/`)).not.toContain(helpTitle);
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
