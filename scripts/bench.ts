/**
 * `npm run bench`: builds the site, serves it on loopback and prints what a reader pays for it:
 * first-load bytes and requests per page, render-blocking resources, Lighthouse mobile scores and
 * LCP for the overview and one section in each language, beside each the LCP under applied
 * throttling (a poor phone link, served gzip: median of 5 cold loads), the full build time,
 * search figures, and how fast the worksheet shows a plan at its limits.
 * Exits non-zero when a budget is broken. A measurement script, never a test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, chromiumPath, launchBrowser } from '../tests/helpers/browser.ts';
import { benchWorksheet, printWorksheet, RENDER_BUDGET_MS } from './bench-worksheet.ts';
import { BUDGET, type FirstLoad, measureFirstLoad, overBudget } from './lib/first-load.ts';
import { LCP_RUNS, medianThrottledLcp, POOR_LINK } from './lib/lcp.ts';

const ROOT = join(import.meta.dirname, '..');
const LIGHTHOUSE_PAGES = ['/zh/', '/zh/strategies/', '/en/', '/en/strategies/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

function build(): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error('astro build failed');
  return performance.now() - started;
}

function table(rows: (string | number)[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => String(row[i]).length))) ?? [];
  return rows.map((row) => row.map((cell, i) => String(cell).padEnd(widths[i] ?? 0)).join('  ')).join('\n');
}

async function runLighthouse(urls: string[]) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  try {
    const rows = [];
    for (const url of urls) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      const failing = Object.values(lhr.audits)
        .filter(
          (audit) =>
            audit.score !== null &&
            audit.score < 1 &&
            audit.scoreDisplayMode !== 'informative' &&
            audit.scoreDisplayMode !== 'manual',
        )
        .map((audit) => audit.id);
      rows.push({
        url,
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])),
        lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
        failing,
      });
    }
    return rows;
  } finally {
    chrome.kill();
  }
}

async function main() {
  const buildMs = build();
  const { serveDist } = await import('../tests/helpers/server.ts');
  const site = await serveDist();
  const gzipSite = await serveDist(undefined, undefined, { gzip: true });
  const browser = await launchBrowser();
  const problems: string[] = [];
  try {
    const { allPages } = await import('../tests/helpers/dist.ts');
    const loads: FirstLoad[] = [];
    for (const path of allPages()) loads.push(await measureFirstLoad(browser, site.url(path), path));
    console.log(
      `\nFirst load per page (budget: ≤ ${BUDGET.gzipBytes} B gzip, ${BUDGET.renderBlockingScripts} render-blocking scripts, ` +
        `${BUDGET.renderBlockingStyles} render-blocking stylesheets)\n`,
    );
    console.log(
      table([
        ['page', 'requests', 'bytes raw', 'bytes gzip', 'blocking scripts', 'blocking styles'],
        ...loads.map((l) => [
          l.path,
          l.requests,
          l.rawBytes,
          l.gzipBytes,
          l.renderBlockingScripts.length,
          l.renderBlockingStyles.length,
        ]),
      ]),
    );
    for (const load of loads) problems.push(...overBudget(load));

    const lighthouseRows = await runLighthouse(LIGHTHOUSE_PAGES.map((p) => site.url(p)));
    const applied: { median: number; runs: number[] }[] = [];
    for (const path of LIGHTHOUSE_PAGES) applied.push(await medianThrottledLcp(browser, gzipSite.url(path)));
    console.log(
      `\nLighthouse (mobile, simulated throttling); applied: LCP on a ${POOR_LINK.latencyMs} ms round trip, ` +
        `${POOR_LINK.kbitPerSecond} kbit/s, ${POOR_LINK.cpuSlowdown}× CPU slowdown, cold cache, served gzip ` +
        `(median of ${LCP_RUNS}; each run in brackets)\n`,
    );
    console.log(
      table([
        ['page', ...CATEGORIES, 'LCP ms', 'applied LCP ms', 'runs'],
        ...lighthouseRows.map((r, i) => [
          new URL(r.url).pathname,
          ...CATEGORIES.map((c) => r.scores[c] ?? 0),
          Math.round(r.lcp),
          Math.round(applied[i]?.median ?? Number.NaN),
          `[${applied[i]?.runs.map(Math.round).join(', ')}]`,
        ]),
      ]),
    );
    for (const row of lighthouseRows) {
      for (const c of CATEGORIES) {
        if (row.scores[c] !== 100)
          problems.push(
            `${new URL(row.url).pathname}: Lighthouse ${c} ${row.scores[c]} < 100 (${row.failing.join(', ')})`,
          );
      }
    }

    const worksheet = await benchWorksheet(browser, site);
    printWorksheet(worksheet);
    if (!(worksheet.onScreenMs <= RENDER_BUDGET_MS))
      problems.push(
        `worksheet: a plan at its limits on screen in ${Math.round(worksheet.onScreenMs)} ms > ${RENDER_BUDGET_MS} ms`,
      );

    const searchBench = join(ROOT, 'scripts/bench-search.ts');
    if (existsSync(searchBench)) {
      const { benchSearch } = await import(searchBench);
      await benchSearch(join(ROOT, 'dist'));
    }
  } finally {
    await browser.close();
    await site.close();
    await gzipSite.close();
  }
  console.log(`\nFull build (astro build, with search index and headers): ${(buildMs / 1000).toFixed(1)} s`);
  if (problems.length > 0) {
    console.error(`\nBudget broken:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log('\nAll budgets met.');
}

await main();
