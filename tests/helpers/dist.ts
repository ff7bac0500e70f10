import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { type CheerioAPI, load } from 'cheerio';

/** Where `npm test` builds the site before the tests read it (GUIDE_DIST: another build). */
export const DIST = process.env.GUIDE_DIST ?? join(import.meta.dirname, '..', '..', 'dist');

if (!existsSync(join(DIST, 'index.html'))) {
  throw new Error('dist/ has no built site: run `npm test` (it builds first) or `npm run build`.');
}

/** The HTML file behind a site path: /zh/causes/ → dist/zh/causes/index.html. */
export function fileFor(path: string, dist = DIST): string {
  const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
  if (clean.endsWith('/')) return join(dist, clean, 'index.html');
  return join(dist, clean);
}

export function readPage(path: string, dist = DIST): CheerioAPI {
  return load(readFileSync(fileFor(path, dist), 'utf8'));
}

/** Every built HTML page as a site path (`/zh/causes/`, `/404.html`). */
export function allPages(dist = DIST): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(full);
      } else if (name.endsWith('.html')) {
        const rel = `/${relative(dist, full).split(sep).join('/')}`;
        out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dist);
  return out.sort();
}

/** What the brief promises: the parts, in order, with their sub-heading ids. */
export const EXPECTED_SECTIONS: ReadonlyArray<{ key: string; ids: string[] }> = [
  { key: 'causes', ids: ['income-change', 'unplanned-expenses', 'money-management', 'misread-rules'] },
  { key: 'why-full-repayment', ids: ['what-full-repayment-means', 'credit-record', 'cost-of-delay'] },
  { key: 'strategies', ids: ['contact-customer-service', 'raise-funds', 'repayment-plan', 'keep-in-touch'] },
  { key: 'after-repayment', ids: ['budget', 'financial-literacy', 'credit-habits', 'mental-health'] },
  { key: 'summary', ids: [] },
];

/** The site's own pages (kind: site), listed after the parts, with their sub-heading ids. */
export const SITE_PAGES: ReadonlyArray<{ key: string; ids: string[] }> = [
  {
    key: 'help',
    ids: ['your-credit-record', 'object-to-an-error', 'complaints', 'collection-calls', 'criminal-law'],
  },
];

export const NOTICE = {
  zh: '本指南仅供一般参考，不构成法律或财务建议。具体金额和方案以微信中微粒贷页面显示及官方客服答复为准。',
  en: 'This guide is general information, not legal or financial advice. The exact amounts and options are those shown on the Weilidai page in WeChat and confirmed by official customer service.',
} as const;
