import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { DIST } from './dist.ts';
import { type StaticSite, serveDist } from './server.ts';

export interface ServedSite {
  browser: Browser;
  site: StaticSite;
}

/**
 * For a browser test file: serves the build on loopback and launches Chromium before its tests,
 * closes both after. The fields are filled in by beforeAll, so read them inside tests only.
 */
export function useServedSite(dist = DIST, base = '/'): ServedSite {
  const env = {} as ServedSite;
  beforeAll(async () => {
    env.site = await serveDist(dist, base);
    env.browser = await launchBrowser();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}
