import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../lib/text';
import { robotsTxt } from '../previews/robots';
import { inSitemap, sitemapLinks } from '../previews/sitemap';
import { currentHeading, shareUrl, withFragment } from './links';

describe('share URLs', () => {
  const location = { origin: 'https://guide.example', pathname: '/guide/zh/strategies/' };
  it('a heading: the page without query or old hash, plus the id', () => {
    expect(shareUrl(location, 'raise-funds')).toBe('https://guide.example/guide/zh/strategies/#raise-funds');
  });
  it('the page itself', () => {
    expect(shareUrl(location)).toBe('https://guide.example/guide/zh/strategies/');
  });
});

describe('the language link keeps the place', () => {
  it('replaces or removes the fragment', () => {
    expect(withFragment('/en/strategies/', 'raise-funds')).toBe('/en/strategies/#raise-funds');
    expect(withFragment('/en/strategies/#budget', 'raise-funds')).toBe('/en/strategies/#raise-funds');
    expect(withFragment('/en/strategies/#budget', undefined)).toBe('/en/strategies/');
  });

  const headings = (...tops: number[]) => tops.map((top, i) => ({ id: `h${i}`, top }));

  it('no passage yet above the first heading', () => {
    expect(currentHeading(headings(300, 900), 80, 800)).toBeUndefined();
  });

  it('the last heading that has reached the landing line', () => {
    expect(currentHeading(headings(-500, 80, 400), 82, 800)).toBe('h1');
    expect(currentHeading(headings(-500, -100, 400), 82, 800)).toBe('h1');
  });

  it('a linked heading the page could not scroll up to the line still counts', () => {
    expect(currentHeading(headings(-900, -200, 500), 82, 800, 'h2')).toBe('h2');
  });

  it('but not once the reader has scrolled it out of view or past it', () => {
    expect(currentHeading(headings(-900, -200, 900), 82, 800, 'h2')).toBe('h1');
    expect(currentHeading(headings(-900, -200, 60), 82, 800, 'h0')).toBe('h2');
  });
});

describe('heading text for accessible names', () => {
  it('drops tags and decodes entities', () => {
    expect(htmlToText('Raise <em>the</em> money &amp; pay &#x4E00; &#20108;')).toBe('Raise the money & pay 一 二');
    expect(htmlToText('  三、\n策略 ')).toBe('三、 策略');
  });
});

describe('sitemap and robots.txt', () => {
  const address = { site: 'https://guide.example', base: '/guide/' };
  it('lists guide pages with the same alternates as their hreflang tags', () => {
    expect(sitemapLinks(address, 'https://guide.example/guide/en/causes/')).toEqual([
      { lang: 'zh-CN', url: 'https://guide.example/guide/zh/causes/' },
      { lang: 'en', url: 'https://guide.example/guide/en/causes/' },
      { lang: 'x-default', url: 'https://guide.example/guide/zh/causes/' },
    ]);
  });
  it('leaves out the whole-guide, search and 404 pages', () => {
    expect(inSitemap(address, 'https://guide.example/guide/')).toBe(true);
    expect(inSitemap(address, 'https://guide.example/guide/zh/causes/')).toBe(true);
    for (const path of ['zh/full/', 'en/search/', '404/']) {
      expect(inSitemap(address, `https://guide.example/guide/${path}`)).toBe(false);
    }
  });
  it('robots.txt names the sitemap', () => {
    expect(robotsTxt('https://guide.example/guide/sitemap-index.xml')).toContain(
      'Sitemap: https://guide.example/guide/sitemap-index.xml',
    );
  });
});
