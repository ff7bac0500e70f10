/**
 * robots.txt: everything may be crawled (the whole-guide page says noindex itself, which a
 * crawler can only read if it may fetch the page; preview bots need the social images).
 */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
