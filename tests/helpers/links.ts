import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { allPages, fileFor } from './dist.ts';

export interface BrokenLink {
  page: string;
  attribute: string;
  target: string;
  reason: string;
}

const ATTRIBUTES = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['meta[property="og:image"]', 'content'],
  ['meta[property="og:url"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
] as const;

/**
 * Every internal link, asset and `#anchor` in a built site, checked against the files and ids
 * that are really there. `base` is the folder the site is served from; `origin` (e.g.
 * https://example.com) lets absolute URLs on the site's own host be checked too.
 */
export function checkLinks(dist: string, base = '/', origin?: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const prefix = base.replace(/\/$/, '');
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) {
      const $ = load(readFileSync(file, 'utf8'));
      ids = new Set(
        $('[id]')
          .toArray()
          .map((el) => $(el).attr('id') ?? ''),
      );
      idsCache.set(file, ids);
    }
    return ids;
  };

  for (const page of allPages(dist)) {
    const pageFile = fileFor(page, dist);
    const $ = load(readFileSync(pageFile, 'utf8'));
    const pageUrl = new URL(`${prefix}${page}`, 'http://site.invalid');
    for (const [selector, attribute] of ATTRIBUTES) {
      for (const el of $(selector).toArray()) {
        const raw = $(el).attr(attribute) ?? '';
        const report = (reason: string) => broken.push({ page, attribute, target: raw, reason });
        let target = raw;
        if (origin && target.startsWith(origin)) target = target.slice(origin.length) || '/';
        if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(target)) continue;
        const resolved = new URL(target, pageUrl);
        const path = decodeURIComponent(resolved.pathname);
        if (prefix && !(path === prefix || path.startsWith(`${prefix}/`))) {
          report(`outside the base ${base}`);
          continue;
        }
        const sitePath = path.slice(prefix.length) || '/';
        let file = join(dist, sitePath);
        if (sitePath.endsWith('/')) file = join(file, 'index.html');
        else if (existsSync(file) && statSync(file).isDirectory()) {
          report('points at a folder without a trailing slash');
          continue;
        }
        if (!existsSync(file)) {
          report(`no file ${sitePath}`);
          continue;
        }
        const id = decodeURIComponent(resolved.hash.slice(1));
        if (id && file.endsWith('.html') && !idsOf(file).has(id)) report(`no element with id "${id}"`);
      }
    }
  }
  return broken;
}
