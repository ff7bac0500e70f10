import { describe, expect, it } from 'vitest';
import { evaluate, loadQueries } from '../../scripts/lib/search-eval.ts';
import { useServedSite } from '../helpers/served-site.ts';

const env = useServedSite();

/**
 * A floor under search quality, on the realistic reader queries in tests/search-eval/<lang>.json
 * (`npm run bench:search` prints the full figures and every miss). A change that makes search
 * worse for readers fails here; the floor sits a little under what the search reaches today.
 */
const FLOOR = { successAt1: 0.9, successAt3: 0.95, noneHonest: 0.8, falseNone: 2 } as const;

describe('search quality on readers’ own queries', () => {
  it.each(['zh', 'en'])(
    '%s: first result right for most, honest “nothing” for questions the guide cannot answer',
    async (lang) => {
      const page = await env.browser.newPage();
      const figures = await evaluate(page, env.site.origin, lang, loadQueries(lang));
      await page.close();
      const misses = figures.misses.map((m) => `${m.query.q} → ${m.none ? 'none' : m.shown[0]}`);
      expect(figures.queries, 'the set has at least 60 queries').toBeGreaterThanOrEqual(60);
      expect(figures.successAt1, misses.join('\n')).toBeGreaterThanOrEqual(FLOOR.successAt1);
      expect(figures.successAt3).toBeGreaterThanOrEqual(FLOOR.successAt3);
      expect(figures.noneHonest / figures.noneQueries).toBeGreaterThanOrEqual(FLOOR.noneHonest);
      expect(figures.falseNone).toBeLessThanOrEqual(FLOOR.falseNone);
    },
  );
});
