import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pngSize } from '../../src/features/previews/og-image';
import { allPages, DIST, readPage } from '../helpers/dist.ts';

/**
 * What link previews and search engines read from every built page, and the heading links on
 * every content heading. SITE_URL is the origin the build was made with (default as in
 * astro.config.mjs).
 */

const SITE = (process.env.SITE_URL ?? 'https://example.com').replace(/\/$/, '');
const HTML_LANG = { zh: 'zh-CN', en: 'en' } as const;
const OG_LOCALE = { zh: 'zh_CN', en: 'en_GB' } as const;
const LINK_TO_SECTION = { zh: '链接到本节：', en: 'Link to this section: ' } as const;

/** Pages worth sharing: everything but the 404 and search pages. */
const shareable = allPages().filter((path) => path !== '/404.html' && !/\/search\/$/.test(path));
/** The guide itself (the root, overviews, parts and whole guide), as opposed to tool pages. */
const GUIDE_KEYS = new Set([
  '',
  'causes',
  'why-full-repayment',
  'strategies',
  'after-repayment',
  'summary',
  'full',
  'help',
]);
const isGuide = (path: string) => path === '/' || GUIDE_KEYS.has(path.split('/')[2] ?? '');

function updated(lang: string, key: string): string {
  const source = readFileSync(join(import.meta.dirname, '..', '..', 'content', lang, `${key}.mdx`), 'utf8');
  const match = /^updated:\s*['"]?(\d{4}-\d{2}-\d{2})/m.exec(source);
  if (!match) throw new Error(`content/${lang}/${key}.mdx has no updated line`);
  return match[1] as string;
}

const langOf = (path: string) => (path.startsWith('/en/') ? 'en' : 'zh');

describe.each(shareable)('%s', (path) => {
  const $ = readPage(path);
  const lang = langOf(path);
  const url = `${SITE}${path}`;
  const meta = (key: string) =>
    $(`meta[property="${key}"], meta[name="${key}"]`)
      .toArray()
      .map((el) => $(el).attr('content'));

  it('has a description and an absolute canonical URL', () => {
    expect(meta('description')[0]?.length).toBeGreaterThan(20);
    expect($('link[rel="canonical"]').attr('href')).toBe(url);
  });

  it('names its translations and an x-default', () => {
    const alternates = Object.fromEntries(
      $('link[rel="alternate"][hreflang]')
        .toArray()
        .map((el) => [$(el).attr('hreflang'), $(el).attr('href')]),
    );
    expect(Object.keys(alternates).sort()).toEqual(['en', 'x-default', 'zh-CN']);
    const other = (to: string) =>
      path === '/' ? `${SITE}/${to}/` : `${SITE}${path.replace(/^\/[a-z]{2}\//, `/${to}/`)}`;
    expect(alternates['zh-CN']).toBe(other('zh'));
    expect(alternates.en).toBe(other('en'));
    expect(alternates['x-default']).toMatch(new RegExp(`^${SITE}/`));
  });

  it('has Open Graph and Twitter tags for a large preview', () => {
    expect(meta('og:title')[0]).toBeTruthy();
    expect(meta('og:description')[0]).toBe(meta('description')[0]);
    expect(meta('og:url')).toEqual([url]);
    expect(meta('og:type')).toEqual([path === '/' || !isGuide(path) ? 'website' : 'article']);
    expect(meta('og:site_name')[0]).toBeTruthy();
    expect(meta('og:locale')).toEqual([OG_LOCALE[lang]]);
    expect(meta('og:locale:alternate')).toEqual([OG_LOCALE[lang === 'zh' ? 'en' : 'zh']]);
    expect(meta('og:image:width')).toEqual(['1200']);
    expect(meta('og:image:height')).toEqual(['630']);
    expect(meta('og:image:alt')[0]).toBeTruthy();
    expect(meta('twitter:card')).toEqual(['summary_large_image']);
  });

  it('points og:image at a 1200×630 PNG that the build wrote', () => {
    const image = meta('og:image')[0] ?? '';
    expect(image.startsWith(`${SITE}/og/`)).toBe(true);
    const file = join(DIST, image.slice(SITE.length));
    expect(existsSync(file)).toBe(true);
    expect(pngSize(readFileSync(file))).toEqual({ width: 1200, height: 630 });
  });

  it('has JSON-LD that parses, an Article for guide pages, unless it is noindex', () => {
    const blocks = $('script[type="application/ld+json"]').toArray();
    if ($('meta[name="robots"]').attr('content')?.includes('noindex')) {
      expect(blocks).toHaveLength(0);
      return;
    }
    expect(blocks).toHaveLength(1);
    const data = JSON.parse($(blocks[0]).text());
    expect(data['@context']).toBe('https://schema.org');
    if (path === '/' || !isGuide(path)) {
      expect(data['@type']).toBe('WebSite');
      return;
    }
    expect(data['@type']).toBe('Article');
    expect(data.headline).toBe(meta('og:title')[0]);
    expect(data.description).toBe(meta('description')[0]);
    expect(data.inLanguage).toBe(HTML_LANG[lang]);
    expect(data.datePublished).toBe('2025-05-17');
    const key = path.split('/')[2] || 'overview';
    if (key !== 'full') expect(data.dateModified).toBe(updated(lang, key));
    else expect(data.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('the pages that are not shared', () => {
  it('the 404 page names no canonical URL and no structured data', () => {
    const $ = readPage('/404.html');
    expect($('link[rel="canonical"]').length).toBe(0);
    expect($('script[type="application/ld+json"]').length).toBe(0);
  });
});

describe('sitemap and robots.txt', () => {
  it('robots.txt points to the sitemap at the site URL', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });

  it('the sitemap lists the guide with alternates, without the whole-guide page', () => {
    const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    expect(xml).toContain(`<loc>${SITE}/zh/strategies/</loc>`);
    expect(xml).toContain(`hreflang="en" href="${SITE}/en/strategies/"`);
    expect(xml).toContain('hreflang="x-default"');
    expect(xml).not.toContain('/full/');
    expect(xml).not.toContain('404');
  });
});

const contentPages = allPages().filter((path) => /^\/(zh|en)\//.test(path) && !/\/search\/$/.test(path));

describe.each(contentPages)('heading links on %s', (path) => {
  const $ = readPage(path);
  const lang = langOf(path);
  const headings = $('article :is(h2, h3)[id]')
    .toArray()
    .filter((el) => $(el).closest('nav').length === 0);

  it('every content heading with an id has a # link named in the page language, hidden from search', () => {
    for (const el of headings) {
      const id = $(el).attr('id');
      const tools = $(el).next('.heading-tools');
      const link = tools.find(`a[href="#${id}"]`);
      expect(link.length, `#${id}`).toBe(1);
      expect(link.text()).toContain(`${LINK_TO_SECTION[lang]}${$(el).text().trim()}`);
      expect(tools.attr('data-pagefind-ignore')).toBeDefined();
      // Copy and share need JavaScript: the script adds them, so the HTML has no dead buttons.
      expect(tools.find('button').length).toBe(0);
      // The heading's own text stays just its words.
      expect($(el).find('a, button').length).toBe(0);
    }
  });
});

describe('a section page has its sub-headings linked', () => {
  it('/zh/strategies/ has #raise-funds', () => {
    const $ = readPage('/zh/strategies/');
    expect($('#raise-funds').text().trim()).toBe('优先筹措资金');
    expect($('a[href="#raise-funds"]').length).toBeGreaterThanOrEqual(2);
  });
});

describe('the language link', () => {
  it.each(contentPages)('%s links to the same page in the other language, named in that language', (path) => {
    const $ = readPage(path);
    const other = langOf(path) === 'zh' ? 'en' : 'zh';
    const link = $('a.language-link');
    expect(link.attr('href')).toBe(path.replace(/^\/[a-z]{2}\//, `/${other}/`));
    expect(link.attr('lang')).toBe(HTML_LANG[other]);
    expect(link.attr('hreflang')).toBe(HTML_LANG[other]);
    expect(link.text().trim()).toBe(other === 'zh' ? '中文' : 'English');
  });
});
