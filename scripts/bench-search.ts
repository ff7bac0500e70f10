/**
 * Search figures for `npm run bench` (scripts/bench.ts calls benchSearch with the built dist) and
 * `npm run bench:search`: the index size per language, the bytes a reader fetches for a first
 * query, the time from keystroke to results on loopback, cold (Pagefind still to load) and warm
 * (median of 20), and the quality on realistic reader queries (tests/search-eval/): success at 1
 * and 3, mean reciprocal rank, honest "nothing on this" for questions the guide cannot answer,
 * and the median and 95th-percentile time from the last keystroke to results.
 * Timings include the panel's 120 ms debounce: they are what a reader waits.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveDist } from '../tests/helpers/server.ts';
import { type EvalFigures, evaluate, loadQueries } from './lib/search-eval.ts';

const QUERIES = {
  zh: ['罚息', '征信', '分期还款', '协商还款', '失业', '滞纳金', '记账', '宽限期', '上征信', '焦虑'],
  en: ['grace period', 'credit report', 'payment plan', 'penalty interest', 'job loss', 'budgeting', 'Xianyu'],
} as const;
const RUNS = 20;

export interface LanguageFigures {
  lang: 'zh' | 'en';
  indexFiles: number;
  indexBytes: number;
  firstQueryRequests: number;
  firstQueryBytes: number;
  firstQueryGzipBytes: number;
  coldMs: number;
  warmMedianMs: number;
  /** /{lang}/search/?q=…: from the start of navigation to the results on screen, cold. */
  searchPageMs: number;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

/** Everything Pagefind wrote for one language: meta, index chunks, fragments and its WebAssembly. */
function indexSize(dist: string, pagefindLang: string, wasm: string): { files: number; bytes: number } {
  const files = filesUnder(join(dist, 'pagefind')).filter((path) => {
    const name = path.split('/').at(-1) ?? '';
    return name.startsWith(`${pagefindLang}_`) || name.startsWith(`pagefind.${pagefindLang}_`) || name === wasm;
  });
  return { files: files.length, bytes: files.reduce((sum, path) => sum + statSync(path).size, 0) };
}

/** Types `query` into the open dialog and resolves with the ms until its results are on screen. */
async function timeQuery(page: Page, query: string): Promise<number> {
  return (await page.evaluate(`new Promise((resolve) => {
    const panel = document.querySelector('.search-dialog [data-search-panel]');
    const input = panel.querySelector('[data-search-input]');
    const started = performance.now();
    const done = () => panel.dataset.query === ${JSON.stringify(query)} && panel.dataset.state === 'done';
    const observer = new MutationObserver(() => {
      if (done()) { observer.disconnect(); resolve(performance.now() - started); }
    });
    observer.observe(panel, { attributes: true });
    input.value = ${JSON.stringify(query)};
    input.dispatchEvent(new Event('input', { bubbles: true }));
  })`)) as number;
}

/** Opens the search page with a query, cold, and times it from navigation start to results shown. */
async function timeSearchPage(browser: Browser, pageUrl: string, query: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const url = new URL(pageUrl);
  url.pathname = url.pathname.replace(/^\/([a-z]{2})\/.*$/, '/$1/search/');
  url.search = `?q=${encodeURIComponent(query)}`;
  await page.goto(url.href);
  await page.locator('[data-search-page] [data-search-panel][data-state="done"]').waitFor();
  const ms = (await page.evaluate('performance.now()')) as number;
  await context.close();
  return ms;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function measure(browser: Browser, url: string, lang: 'zh' | 'en', dist: string): Promise<LanguageFigures> {
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8'));
  const pagefindLang = lang === 'zh' ? 'zh-cn' : 'en';
  const wasmName = `wasm.${entry.languages[pagefindLang]?.wasm ?? 'unknown'}.pagefind`;
  const size = indexSize(dist, pagefindLang, wasmName);

  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  const bodies: Promise<Buffer | null>[] = [];
  page.on('response', (response) => {
    bodies.push(response.body().catch(() => null));
  });
  await page.keyboard.press('/');
  await page.locator('.search-dialog[open] [data-search-input]').waitFor();
  const queries = QUERIES[lang];
  const coldMs = await timeQuery(page, queries[0]);
  await page.waitForLoadState('networkidle');
  const buffers = (await Promise.all(bodies)).filter((b): b is Buffer => b !== null);
  const warm: number[] = [];
  for (let i = 1; i <= RUNS; i++) warm.push(await timeQuery(page, queries[i % queries.length] ?? queries[0]));
  await context.close();
  return {
    searchPageMs: await timeSearchPage(browser, url, queries[0]),
    lang,
    indexFiles: size.files,
    indexBytes: size.bytes,
    firstQueryRequests: buffers.length,
    firstQueryBytes: buffers.reduce((sum, b) => sum + b.length, 0),
    firstQueryGzipBytes: buffers.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0),
    coldMs,
    warmMedianMs: median(warm),
  };
}

export async function benchSearch(dist: string): Promise<LanguageFigures[]> {
  const site = await serveDist(dist);
  const browser = await launchBrowser();
  try {
    const figures = [
      await measure(browser, site.url('/zh/strategies/'), 'zh', dist),
      await measure(browser, site.url('/en/strategies/'), 'en', dist),
    ];
    console.log('\nSearch (Pagefind, loopback; times include the 120 ms typing debounce)\n');
    const rows = [
      [
        'language',
        'index files',
        'index bytes',
        'first query: requests',
        'bytes',
        'bytes gzip',
        'cold ms',
        `warm median of ${RUNS} ms`,
        'search page ?q= cold ms',
      ],
      ...figures.map((f) => [
        f.lang,
        f.indexFiles,
        f.indexBytes,
        f.firstQueryRequests,
        f.firstQueryBytes,
        f.firstQueryGzipBytes,
        Math.round(f.coldMs),
        Math.round(f.warmMedianMs),
        Math.round(f.searchPageMs),
      ]),
    ];
    const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => String(row[i]).length))) ?? [];
    console.log(rows.map((row) => row.map((cell, i) => String(cell).padEnd(widths[i] ?? 0)).join('  ')).join('\n'));
    await benchQuality(browser, site.origin);
    return figures;
  } finally {
    await browser.close();
    await site.close();
  }
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The evaluation sets: every file in tests/search-eval/ (a set kept back for a last check is named *.holdout.json). */
async function benchQuality(browser: Browser, origin: string): Promise<EvalFigures[]> {
  const sets = readdirSync(join(import.meta.dirname, '..', 'tests', 'search-eval'))
    .filter((name) => name.endsWith('.json'))
    .sort();
  const results: Array<EvalFigures & { set: string }> = [];
  for (const set of sets) {
    const lang = set.split('.')[0] ?? '';
    const page = await browser.newPage();
    results.push({ ...(await evaluate(page, origin, lang, loadQueries(lang, set))), set });
    await page.close();
  }
  console.log('\nSearch quality on readers’ queries (tests/search-eval/)\n');
  const rows = [
    ['set', 'queries', 'success@1', 'success@3', 'MRR', '“none” honest', 'false “none”', 'median ms', 'p95 ms'],
    ...results.map((f) => [
      f.set,
      f.queries,
      pct(f.successAt1),
      pct(f.successAt3),
      f.meanReciprocalRank.toFixed(2),
      `${f.noneHonest}/${f.noneQueries}`,
      f.falseNone,
      Math.round(f.medianMs),
      Math.round(f.p95Ms),
    ]),
  ];
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => String(row[i]).length))) ?? [];
  console.log(rows.map((row) => row.map((cell, i) => String(cell).padEnd(widths[i] ?? 0)).join('  ')).join('\n'));
  for (const f of results) {
    if (f.misses.length === 0) continue;
    console.log(`\nMisses in ${f.set}:`);
    for (const m of f.misses)
      console.log(
        `  ${m.query.q} → ${m.none ? '“none”' : (m.shown[0] ?? '(nothing)')}  (want ${JSON.stringify(m.query.expect)})`,
      );
  }
  return results;
}

// Run on its own: `npm run bench:search` (builds first) or `npx node scripts/bench-search.ts [dist]`.
if (import.meta.filename === process.argv[1]) {
  await benchSearch(process.argv[2] ?? join(import.meta.dirname, '..', 'dist'));
}
