/**
 * Worksheet figures for `npm run bench` (scripts/bench.ts calls benchWorksheet with the served
 * site): how long the worksheet takes to show a plan at its limits, every list at its row limit
 * and every text box holding a long note (the plan's Markdown file ≈ 1.9 MB, just under the file
 * limit), from the start of its code to the next frame: on screen (the first rows of each list;
 * the others are placeholders), and every row built (form.ts builds them in 12 ms slices); and
 * how long a keystroke takes to be saved. Median of 5 loads. `node scripts/bench-worksheet.ts`
 * runs it alone on the built dist/.
 */
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { type StaticSite, serveDist } from '../tests/helpers/server.ts';

/** LIMITS.rows in src/features/worksheet/plan.ts; the bench checks that the lists are full. */
const ROWS = 500;
const RUNS = 5;
/** The budget for showing a full plan (issue 9). */
export const RENDER_BUDGET_MS = 200;

const note = (chars: number) =>
  '催收人员来电，要求尽快还款，说逾期会影响征信，我说月底前先还一部分。'.repeat(chars / 33 + 1).slice(0, chars);

/** The stored form of a plan at the limits ({ version: 2, plan }, as storage.ts writes it). */
function fullPlan(): string {
  const plan = {
    owed: '12,345.67',
    dueDate: '2026-12-31',
    reserveAmount: '800',
    reserveDetails: note(200),
    sums: Array.from({ length: ROWS }, (_, i) => ({
      date: '2026-12-01',
      amount: String(100 + i),
      source: 'income',
      details: note(200),
    })),
    risks: Array.from({ length: ROWS }, () => ({ risk: note(200), response: note(200) })),
    contacts: Array.from({ length: ROWS }, (_, i) => ({
      date: '2026-11-28',
      time: `${String(8 + (i % 12)).padStart(2, '0')}:30`,
      who: '王先生',
      number: '95384',
      how: 'call',
      said: note(200),
      promised: note(200),
      agreed: note(200),
    })),
  };
  return JSON.stringify({ version: 2, plan });
}

export interface WorksheetFigures {
  storedChars: number;
  onScreenMs: number;
  builtMs: number;
  keystrokeMs: number;
  runs: number[];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

export async function benchWorksheet(browser: Browser, site: StaticSite): Promise<WorksheetFigures> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const stored = fullPlan();
  await page.goto(site.url('/zh/plan/'));
  await page.evaluate((raw) => localStorage.setItem('weilidai-guide:plan', raw), stored);
  const onScreen: number[] = [];
  const built: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('plan-built').length > 0);
    const [shown, all] = await page.evaluate(() =>
      ['plan-render', 'plan-built'].map((name) => performance.getEntriesByName(name)[0]?.duration ?? Number.NaN),
    );
    onScreen.push(shown ?? Number.NaN);
    built.push(all ?? Number.NaN);
  }
  const full = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLButtonElement>('[data-add]')].every((button) => button.disabled),
  );
  if (!full) throw new Error(`The bench's plan is not at the worksheet's limits: update ROWS (${ROWS}).`);
  const keystrokes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    keystrokes.push(
      await page.evaluate(() => {
        const owed = document.querySelector<HTMLInputElement>('[data-field="owed"]');
        if (!owed) return Number.NaN;
        const started = performance.now();
        owed.value += '1';
        owed.dispatchEvent(new Event('input', { bubbles: true }));
        return performance.now() - started;
      }),
    );
  }
  await context.close();
  return {
    storedChars: stored.length,
    onScreenMs: median(onScreen),
    builtMs: median(built),
    keystrokeMs: median(keystrokes),
    runs: onScreen,
  };
}

export function printWorksheet(figures: WorksheetFigures): void {
  console.log(
    `\nWorksheet: a plan at its limits (3 lists × ${ROWS} rows, long notes; ${figures.storedChars} characters stored), ` +
      `median of ${RUNS} loads at 390 px\n`,
  );
  console.log(
    `  on screen:        ${Math.round(figures.onScreenMs)} ms (budget ${RENDER_BUDGET_MS} ms) [${figures.runs.map(Math.round).join(', ')}]`,
  );
  console.log(`  every row built:  ${Math.round(figures.builtMs)} ms (in the background, 12 ms slices)`);
  console.log(`  a keystroke saved: ${Math.round(figures.keystrokeMs)} ms`);
}

if (import.meta.main) {
  const site = await serveDist();
  const browser = await launchBrowser();
  try {
    printWorksheet(await benchWorksheet(browser, site));
  } finally {
    await browser.close();
    await site.close();
  }
}
