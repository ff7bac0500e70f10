import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'tests/.tmp/**'],
    // Browser and fixture-build tests start Chromium or Astro; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // expect.poll waits for the page to settle; its 1 s default fails under load on a busy CI
    // machine though nothing is wrong. A real failure still fails, just later.
    expect: { poll: { timeout: 15_000 } },
    // Most of the time is spent waiting on Chromium and Astro, not on this process: two files at
    // once keep both cores busy. Sorted by duration so the long browser files start first.
    maxWorkers: 2,
    sequence: { shuffle: false },
  },
});
