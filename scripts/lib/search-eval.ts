/**
 * The search evaluation: realistic reader queries (tests/search-eval/<lang>.json, each with the
 * passages that are a right first answer, or "none"), run through the real search page in
 * Chromium. Used by `npm run bench:search` (figures) and by a test that holds a floor.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { normalizeQuery } from '../../src/features/search/query.ts';

export interface EvalQuery {
  q: string;
  /** Right first answers (`/zh/strategies/#raise-funds`, or a page), or "none". */
  expect: string[] | 'none';
  kind: string;
}

export interface EvalOutcome {
  query: EvalQuery;
  /** The passages shown, in order: each result's sections, or the page when it has none. */
  shown: string[];
  /** The panel said the guide has nothing on it. */
  none: boolean;
  /** Keystroke (or submit) to results on screen, in ms. */
  ms: number;
}

export interface EvalFigures {
  lang: string;
  queries: number;
  answerable: number;
  successAt1: number;
  successAt3: number;
  meanReciprocalRank: number;
  noneQueries: number;
  noneHonest: number;
  /** "none" said for a query the guide answers. */
  falseNone: number;
  medianMs: number;
  p95Ms: number;
  misses: EvalOutcome[];
}

export const EVAL_DIR = join(import.meta.dirname, '..', '..', 'tests', 'search-eval');

export function loadQueries(lang: string, file = `${lang}.json`): EvalQuery[] {
  return JSON.parse(readFileSync(join(EVAL_DIR, file), 'utf8')) as EvalQuery[];
}

/**
 * Types `q` into the search page's box as a reader would (one input event, then the panel's own
 * debounce) and reads what the page shows once it has settled.
 */
export async function runQuery(page: Page, q: string): Promise<Omit<EvalOutcome, 'query'>> {
  return (await page.evaluate(`new Promise((resolve) => {
    const panel = document.querySelector('[data-search-page] [data-search-panel]');
    const input = panel.querySelector('[data-search-input]');
    const expected = ${JSON.stringify(normalizeQuery(q))};
    const started = performance.now();
    const read = () => {
      const shown = [...panel.querySelectorAll('.search-result')].flatMap((li) => {
        const sections = [...li.querySelectorAll('.search-result__section a')];
        const links = sections.length > 0 ? sections : [li.querySelector('.search-result__title')];
        return links.map((a) => { const u = new URL(a.href); return u.pathname + u.hash; });
      });
      resolve({ shown, none: panel.dataset.answer === 'none', ms: performance.now() - started });
    };
    const done = () => panel.dataset.query === expected && panel.dataset.state === 'done';
    const observer = new MutationObserver(() => { if (done()) { observer.disconnect(); read(); } });
    observer.observe(panel, { attributes: true });
    input.value = ${JSON.stringify(q)};
    input.dispatchEvent(new Event('input', { bubbles: true }));
  })`)) as Omit<EvalOutcome, 'query'>;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

export function figures(lang: string, outcomes: EvalOutcome[]): EvalFigures {
  const answerable = outcomes.filter((o) => o.query.expect !== 'none');
  const rankOf = (o: EvalOutcome) => {
    const expected = o.query.expect as string[];
    const index = o.shown.findIndex((href) => expected.includes(href));
    return index === -1 ? Number.POSITIVE_INFINITY : index + 1;
  };
  const nones = outcomes.filter((o) => o.query.expect === 'none');
  const share = (n: number, of: number) => (of === 0 ? 1 : n / of);
  const misses = [...answerable.filter((o) => rankOf(o) !== 1), ...nones.filter((o) => !o.none)];
  const times = outcomes.map((o) => o.ms);
  return {
    lang,
    queries: outcomes.length,
    answerable: answerable.length,
    successAt1: share(answerable.filter((o) => rankOf(o) === 1).length, answerable.length),
    successAt3: share(answerable.filter((o) => rankOf(o) <= 3).length, answerable.length),
    meanReciprocalRank: share(
      answerable.reduce((sum, o) => sum + 1 / rankOf(o), 0),
      answerable.length,
    ),
    noneQueries: nones.length,
    noneHonest: nones.filter((o) => o.none && o.shown.length === 0).length,
    falseNone: answerable.filter((o) => o.none).length,
    medianMs: percentile(times, 0.5),
    p95Ms: percentile(times, 0.95),
    misses,
  };
}

/** Runs every query of a language on its search page, one after another in one tab. */
export async function evaluate(page: Page, origin: string, lang: string, queries: EvalQuery[]): Promise<EvalFigures> {
  await page.goto(`${origin}/${lang}/search/`);
  await page.locator('[data-search-page] [data-search-panel]').waitFor();
  // Warm: the first query also loads Pagefind, which is not what a reader waits for each time.
  await runQuery(page, lang === 'zh' ? '罚息' : 'penalty interest');
  const outcomes: EvalOutcome[] = [];
  for (const query of queries) outcomes.push({ query, ...(await runQuery(page, query.q)) });
  return figures(lang, outcomes);
}
