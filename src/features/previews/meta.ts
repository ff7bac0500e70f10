import { HTML_LANG, LANGS, type Lang, OG_LOCALE, SOURCE_LANG } from '../../lib/languages';
import { withBase } from '../../lib/routes';

/**
 * The tags that link previews (chat apps, social sites) and search engines read: canonical URL,
 * language alternates, Open Graph, Twitter card and JSON-LD. Everything here is absolute, built
 * from the configured public origin and deploy base, because a preview is fetched from elsewhere.
 */

/** Social images are drawn at the size every major preview crops from (1.91:1). */
export const SHARE_IMAGE = { width: 1200, height: 630, type: 'image/png' } as const;

/** Where the public site lives: `site` is the origin (SITE_URL), `base` the folder (BASE_PATH). */
export interface SiteAddress {
  site: string | URL;
  base: string;
}

/** The absolute URL of a site-relative path (`/zh/causes/`), under the deploy base. */
export function absoluteUrl(address: SiteAddress, path: string): string {
  return new URL(withBase(address.base, path), address.site).href;
}

export interface Alternate {
  /** A BCP 47 tag, or `x-default` for readers whose language is neither. */
  hreflang: string;
  /** Site-relative path. */
  path: string;
}

const LANG_ROOT = /^\/([a-z]{2})\/$/;

/**
 * The same page in every language, plus the `x-default` a search engine shows anyone else.
 * The root language choice and the two overviews form one group whose default is the choice;
 * every other page defaults to the original (Chinese) text. Returns [] for pages outside the
 * guide (the 404 page), which have no translations to point to.
 */
export function alternates(path: string): Alternate[] {
  const match = /^\/([a-z]{2})\//.exec(path);
  const isRoot = path === '/';
  if (!isRoot && !(match && (LANGS as readonly string[]).includes(match[1] as string))) return [];
  const inLang = (lang: Lang) => (isRoot ? `/${lang}/` : path.replace(/^\/[a-z]{2}\//, `/${lang}/`));
  const xDefault = isRoot || LANG_ROOT.test(path) ? '/' : inLang(SOURCE_LANG);
  return [
    ...LANGS.map((lang) => ({ hreflang: HTML_LANG[lang], path: inLang(lang) })),
    { hreflang: 'x-default', path: xDefault },
  ];
}

export interface PageMetaInput {
  /** The page's language; undefined for a page written in both (the root). */
  lang: Lang | undefined;
  /** Site-relative path of the page. */
  path: string;
  /** The title a preview shows (without the site name: that goes in `og:site_name`). */
  title: string;
  description: string;
  siteName: string;
  /** `article` for the guide's pages (with JSON-LD), `website` for the root. */
  type: 'article' | 'website';
  /** False for pages that must not name a canonical URL (the 404 page is served at any path). */
  canonical: boolean;
  image: { path: string; alt: string };
  /** ISO dates (YYYY-MM-DD). */
  published?: string;
  modified?: string;
}

export interface HeadLink {
  rel: string;
  href: string;
  hreflang?: string;
}

/** A `<meta>`: Open Graph uses `property`, everything else `name`. */
export interface HeadMeta {
  property?: string;
  name?: string;
  content: string;
}

export interface PageMeta {
  links: HeadLink[];
  meta: HeadMeta[];
  /** Structured data for a `<script type="application/ld+json">`, or undefined. */
  jsonLd: Record<string, unknown> | undefined;
}

/** ISO 8601 calendar date of a content date (frontmatter dates are UTC midnight). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function pageMeta(address: SiteAddress, input: PageMetaInput): PageMeta {
  const url = absoluteUrl(address, input.path);
  const image = absoluteUrl(address, input.image.path);
  const links: HeadLink[] = [];
  const meta: HeadMeta[] = [];
  const og = (property: string, content: string) => meta.push({ property, content });

  if (input.canonical) {
    links.push({ rel: 'canonical', href: url });
    for (const alternate of alternates(input.path)) {
      links.push({ rel: 'alternate', hreflang: alternate.hreflang, href: absoluteUrl(address, alternate.path) });
    }
  }

  const locale = input.lang ?? SOURCE_LANG;
  og('og:type', input.type);
  og('og:site_name', input.siteName);
  og('og:title', input.title);
  og('og:description', input.description);
  if (input.canonical) og('og:url', url);
  og('og:locale', OG_LOCALE[locale]);
  for (const other of LANGS) if (other !== locale) og('og:locale:alternate', OG_LOCALE[other]);
  og('og:image', image);
  og('og:image:type', SHARE_IMAGE.type);
  og('og:image:width', String(SHARE_IMAGE.width));
  og('og:image:height', String(SHARE_IMAGE.height));
  og('og:image:alt', input.image.alt);
  if (input.type === 'article') {
    if (input.published) og('article:published_time', input.published);
    if (input.modified) og('article:modified_time', input.modified);
  }
  meta.push({ name: 'twitter:card', content: 'summary_large_image' });
  meta.push({ name: 'twitter:image:alt', content: input.image.alt });

  return { links, meta, jsonLd: input.canonical ? structuredData(address, input, url, image) : undefined };
}

function structuredData(address: SiteAddress, input: PageMetaInput, url: string, image: string) {
  const website = { '@type': 'WebSite', name: input.siteName, url: absoluteUrl(address, '/') };
  if (input.type === 'website') {
    return {
      '@context': 'https://schema.org',
      ...website,
      description: input.description,
      inLanguage: LANGS.map((lang) => HTML_LANG[lang]),
    };
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: input.title,
    description: input.description,
    inLanguage: HTML_LANG[input.lang ?? SOURCE_LANG],
    datePublished: input.published,
    dateModified: input.modified,
    url,
    mainEntityOfPage: url,
    image: [image],
    isPartOf: website,
  };
}

/**
 * JSON for a `<script type="application/ld+json">` block. The HTML parser ends a script at the
 * first `</script`, whatever the type, so `<` (and for good measure `>` and `&`) are escaped:
 * JSON reads `\u003c` as the same character.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
