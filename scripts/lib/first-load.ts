import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** What a page costs before the reader does anything. */
export interface FirstLoad {
  path: string;
  requests: number;
  /** Sum of each response body gzipped at level 9: what a compressing host would send. */
  gzipBytes: number;
  rawBytes: number;
  renderBlockingScripts: string[];
  renderBlockingStyles: string[];
  /** Cascade layer names in the order the page's stylesheets first name them: their precedence. */
  layerOrder: string[];
}

/** Budgets from the quality-gates issue; `npm test` and `npm run bench` both hold the site to them. */
export const BUDGET = { gzipBytes: 16 * 1024, renderBlockingScripts: 0, renderBlockingStyles: 0 } as const;

/**
 * What the search page fetches at once because the reader came to search (Pagefind, this
 * language's pages and search words, and the code that matches a query against them,
 * src/features/search/matcher.ts): on a reading page they load only when the reader opens search,
 * so they are not part of any page's first load.
 */
export function isSearchEngine(url: string): boolean {
  return /\/pagefind\/|\/search-words\.json(\?|$)|\/_astro\/matcher\.[\w-]+\.js$/.test(new URL(url).pathname);
}

/** The first load of a search page leaves out the search engine it starts loading at once. */
export function firstLoadExclusions(path: string): ((url: string) => boolean) | undefined {
  return /\/search\/$/.test(path) ? isSearchEngine : undefined;
}

/**
 * Opens `url` in `page`, without interacting, and adds up every response it fetched until the
 * network went quiet (except what `exclude` names). Gzip is computed here rather than read off
 * the wire so that the figure does not depend on the local server's compression.
 */
export async function visitFirstLoad(
  page: Page,
  url: string,
  path: string,
  exclude?: (url: string) => boolean,
): Promise<FirstLoad> {
  const bodies: Promise<Buffer | null>[] = [];
  page.on('response', (response) => {
    if (exclude?.(response.url())) return;
    bodies.push(response.body().catch(() => null));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const blocking = await page.evaluate(() => {
    const scripts = [...document.querySelectorAll<HTMLScriptElement>('script[src]')]
      .filter((s) => !s.async && !s.defer && s.type !== 'module')
      .map((s) => s.src);
    const styles = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')]
      .filter((l) => !l.media || l.media === 'all' || matchMedia(l.media).matches)
      .map((l) => l.href);
    const layers: string[] = [];
    for (const sheet of document.styleSheets) {
      for (const rule of sheet.cssRules) {
        const names =
          rule instanceof CSSLayerStatementRule ? rule.nameList : rule instanceof CSSLayerBlockRule ? [rule.name] : [];
        for (const name of names) if (!layers.includes(name)) layers.push(name);
      }
    }
    return { scripts, styles, layers };
  });
  const buffers = (await Promise.all(bodies)).filter((b): b is Buffer => b !== null);
  return {
    path,
    requests: buffers.length,
    rawBytes: buffers.reduce((sum, b) => sum + b.length, 0),
    gzipBytes: buffers.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0),
    renderBlockingScripts: blocking.scripts,
    renderBlockingStyles: blocking.styles,
    layerOrder: blocking.layers,
  };
}

/**
 * The first load of one page in a fresh phone-sized context. `prepare` may change the context
 * first (a test routes a page through it to prove the checks can fail).
 */
export async function measureFirstLoad(
  browser: Browser,
  url: string,
  path: string,
  prepare?: (context: BrowserContext) => Promise<void>,
): Promise<FirstLoad> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'fr-FR' });
  await prepare?.(context);
  const load = await visitFirstLoad(await context.newPage(), url, path, firstLoadExclusions(path));
  await context.close();
  return load;
}

export function overBudget(load: FirstLoad): string[] {
  const problems: string[] = [];
  if (load.gzipBytes > BUDGET.gzipBytes) {
    problems.push(`${load.path}: first load ${load.gzipBytes} B gzip > ${BUDGET.gzipBytes} B`);
  }
  if (load.renderBlockingScripts.length > BUDGET.renderBlockingScripts) {
    problems.push(`${load.path}: render-blocking scripts ${load.renderBlockingScripts.join(', ')}`);
  }
  if (load.renderBlockingStyles.length > BUDGET.renderBlockingStyles) {
    problems.push(`${load.path}: render-blocking stylesheets ${load.renderBlockingStyles.join(', ')}`);
  }
  return problems;
}
