import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureFirstLoad, overBudget } from '../../scripts/lib/first-load.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { allPages } from '../helpers/dist.ts';
import { type StaticSite, serveDist } from '../helpers/server.ts';

let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
  site = await serveDist();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

// Bytes are deterministic for a given build, so the budget is a test; timings are not (npm run bench).
describe('first-load budget', () => {
  it.each(allPages())('%s loads in ≤ 16 KB gzip with no render-blocking script', async (path) => {
    const load = await measureFirstLoad(browser, site.url(path), path);
    expect(load.requests).toBeGreaterThan(0);
    expect(overBudget(load)).toEqual([]);
  });
});
