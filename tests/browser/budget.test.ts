import { describe, expect, it } from 'vitest';
import { measureFirstLoad, overBudget } from '../../scripts/lib/first-load.ts';
import { allPages } from '../helpers/dist.ts';
import { useServedSite } from '../helpers/served-site.ts';

const env = useServedSite();

// Bytes are deterministic for a given build, so the budget is a test; timings are not (npm run bench).
describe('first-load budget', () => {
  it.each(allPages())('%s loads in ≤ 16 KB gzip with no render-blocking script', async (path) => {
    const load = await measureFirstLoad(env.browser, env.site.url(path), path);
    expect(load.requests).toBeGreaterThan(0);
    expect(overBudget(load)).toEqual([]);
  });
});
