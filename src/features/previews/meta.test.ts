import { describe, expect, it } from 'vitest';
import { absoluteUrl, alternates, jsonLdText, type PageMetaInput, pageMeta } from './meta';

const root = { site: 'https://guide.example', base: '/' };
const sub = { site: 'https://guide.example', base: '/guide/' };

const section: PageMetaInput = {
  lang: 'zh',
  path: '/zh/strategies/',
  title: '三、策略',
  description: '描述',
  siteName: '指南',
  type: 'article',
  canonical: true,
  image: { path: '/og/zh/strategies.png', alt: '标题图：三、策略' },
  published: '2025-05-17',
  modified: '2026-11-25',
};

const content = (meta: { property?: string; name?: string; content: string }[], key: string) =>
  meta.filter((m) => m.property === key || m.name === key).map((m) => m.content);

describe('absolute URLs', () => {
  it('joins the site, the deploy base and the path', () => {
    expect(absoluteUrl(root, '/zh/causes/')).toBe('https://guide.example/zh/causes/');
    expect(absoluteUrl(sub, '/zh/causes/')).toBe('https://guide.example/guide/zh/causes/');
    expect(absoluteUrl(sub, '/')).toBe('https://guide.example/guide/');
  });
});

describe('alternates', () => {
  it('a section: both languages, the Chinese original as x-default', () => {
    expect(alternates('/en/strategies/')).toEqual([
      { hreflang: 'zh-CN', path: '/zh/strategies/' },
      { hreflang: 'en', path: '/en/strategies/' },
      { hreflang: 'x-default', path: '/zh/strategies/' },
    ]);
  });

  it('the overviews and the root form one group whose default is the language choice', () => {
    for (const path of ['/', '/zh/', '/en/']) {
      expect(alternates(path)).toEqual([
        { hreflang: 'zh-CN', path: '/zh/' },
        { hreflang: 'en', path: '/en/' },
        { hreflang: 'x-default', path: '/' },
      ]);
    }
  });

  it('none for pages outside the guide', () => {
    expect(alternates('/404/')).toEqual([]);
  });
});

describe('page metadata', () => {
  it('canonical, alternates, Open Graph and Twitter, all absolute under the base', () => {
    const { links, meta } = pageMeta(sub, section);
    expect(links[0]).toEqual({ rel: 'canonical', href: 'https://guide.example/guide/zh/strategies/' });
    expect(links.filter((l) => l.rel === 'alternate').map((l) => l.hreflang)).toEqual(['zh-CN', 'en', 'x-default']);
    expect(content(meta, 'og:url')).toEqual(['https://guide.example/guide/zh/strategies/']);
    expect(content(meta, 'og:image')).toEqual(['https://guide.example/guide/og/zh/strategies.png']);
    expect(content(meta, 'og:image:width')).toEqual(['1200']);
    expect(content(meta, 'og:image:height')).toEqual(['630']);
    expect(content(meta, 'og:image:alt')).toEqual(['标题图：三、策略']);
    expect(content(meta, 'og:type')).toEqual(['article']);
    expect(content(meta, 'og:locale')).toEqual(['zh_CN']);
    expect(content(meta, 'og:locale:alternate')).toEqual(['en_GB']);
    expect(content(meta, 'og:site_name')).toEqual(['指南']);
    expect(content(meta, 'twitter:card')).toEqual(['summary_large_image']);
  });

  it('JSON-LD Article with the publication and modification dates', () => {
    const { jsonLd } = pageMeta(root, section);
    expect(jsonLd).toMatchObject({
      '@type': 'Article',
      headline: '三、策略',
      description: '描述',
      inLanguage: 'zh-CN',
      datePublished: '2025-05-17',
      dateModified: '2026-11-25',
    });
  });

  it('no canonical URL, og:url or structured data for a page that is not shareable', () => {
    const { links, meta, jsonLd } = pageMeta(root, { ...section, path: '/404/', canonical: false });
    expect(links).toEqual([]);
    expect(content(meta, 'og:url')).toEqual([]);
    expect(jsonLd).toBeUndefined();
  });

  it('JSON-LD text cannot close its script element', () => {
    const text = jsonLdText({ headline: '</script><b>&' });
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual({ headline: '</script><b>&' });
  });
});
