import type { Browser } from 'playwright-core';

/**
 * A poor phone link, applied in the browser (DevTools throttling, as opposed to Lighthouse's
 * simulation): every request waits a 400 ms round trip and shares 500 kbit/s, and the CPU runs 4×
 * slower. Each run is a fresh context, so the cache is cold.
 */
export const POOR_LINK = {
  latencyMs: 400,
  kbitPerSecond: 500,
  cpuSlowdown: 4,
} as const;

export const LCP_RUNS = 5;

/** Keeps the latest largest-contentful-paint candidate: the one a reader would be counted at. */
const RECORD_LCP = `
  window.__lcp = Number.NaN;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
`;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** One cold load of `url` on the poor link; LCP in ms from navigation start. */
export async function throttledLcp(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    isMobile: true,
    hasTouch: true,
    locale: 'fr-FR',
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const bytesPerSecond = (POOR_LINK.kbitPerSecond * 1000) / 8;
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: POOR_LINK.latencyMs,
      downloadThroughput: bytesPerSecond,
      uploadThroughput: bytesPerSecond,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: POOR_LINK.cpuSlowdown });
    await page.addInitScript(RECORD_LCP);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    // The entry is queued after the paint it records: wait for it rather than for a fixed time.
    await page.waitForFunction('Number.isFinite(window.__lcp)', undefined, { timeout: 30_000 });
    return (await page.evaluate('window.__lcp')) as number;
  } finally {
    await context.close();
  }
}

/** The median LCP of `runs` cold loads, and each run's figure. */
export async function medianThrottledLcp(
  browser: Browser,
  url: string,
  runs = LCP_RUNS,
): Promise<{ median: number; runs: number[] }> {
  const figures: number[] = [];
  for (let i = 0; i < runs; i++) figures.push(await throttledLcp(browser, url));
  return { median: median(figures), runs: figures };
}
