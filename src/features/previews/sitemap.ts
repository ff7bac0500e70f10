import { stripBase } from '../../lib/routes';
import { absoluteUrl, alternates, type SiteAddress } from './meta';

/** A sitemap's view of a page's translations (the `sitemap` package's LinkItem). */
export interface SitemapLink {
  lang: string;
  url: string;
}

/**
 * The alternates of a sitemap entry: the same list as the page's own hreflang tags, x-default
 * included. The sitemap integration's i18n option cannot do this here: it takes the root
 * language choice for a Chinese page (the default locale has no prefix there) and has no
 * x-default.
 */
export function sitemapLinks(address: SiteAddress, pageUrl: string): SitemapLink[] {
  const path = stripBase(address.base, new URL(pageUrl).pathname);
  if (path === undefined) return [];
  return alternates(path).map((alternate) => ({
    lang: alternate.hreflang,
    url: absoluteUrl(address, alternate.path),
  }));
}

/** Pages a search engine should not be offered: the whole guide repeats the parts (noindex). */
export function inSitemap(address: SiteAddress, pageUrl: string): boolean {
  const path = stripBase(address.base, new URL(pageUrl).pathname);
  return path !== undefined && !/^\/[a-z]{2}\/(?:full|search)\/$|^\/404\/?$/.test(path);
}
