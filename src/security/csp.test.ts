import { describe, expect, it } from 'vitest';
import {
  formatPolicy,
  HEADER_LINE_LIMIT,
  headersFile,
  mergePolicies,
  parseHeadersFile,
  parsePolicy,
  siteHeadersFile,
} from './csp';

describe('CSP helpers', () => {
  it('parses and formats a policy', () => {
    const policy = parsePolicy("default-src 'self';script-src 'self' 'sha256-a'; ");
    expect([...policy]).toEqual([
      ['default-src', ["'self'"]],
      ['script-src', ["'self'", "'sha256-a'"]],
    ]);
    expect(formatPolicy(policy)).toBe("default-src 'self'; script-src 'self' 'sha256-a'");
  });

  it('merges the hashes of every page without repeating a source', () => {
    const merged = mergePolicies([
      parsePolicy("script-src 'self' 'sha256-a'"),
      parsePolicy("script-src 'self' 'sha256-b'; style-src 'self'"),
    ]);
    expect(formatPolicy(merged)).toBe("script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'");
  });

  it('writes a _headers file that forbids framing, and reads it back', () => {
    const text = headersFile(parsePolicy("default-src 'self'"));
    expect(text.startsWith('/*\n')).toBe(true);
    const headers = parseHeadersFile(text);
    expect(headers['Content-Security-Policy']).toBe("default-src 'self'; frame-ancestors 'none'");
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(Object.keys(headers)).toEqual(
      expect.arrayContaining(['Referrer-Policy', 'Permissions-Policy', 'X-Frame-Options']),
    );
  });

  describe('the one rule for every path stays within the 2,000 characters Cloudflare Pages reads', () => {
    // A policy with `count` distinct style hashes, each as long as a real one (sha256, base64).
    const hashes = (prefix: string, count: number) =>
      Array.from({ length: count }, (_, i) => `'sha256-${`${prefix}${i}`.padEnd(43, 'x')}='`).join(' ');
    const page = (path: string, prefix: string, count: number) => ({
      page: path,
      policy: parsePolicy(`default-src 'self'; style-src 'self' ${hashes(prefix, count)}`),
    });
    const cspLine = (text: string) => text.split('\n').find((line) => line.includes('Content-Security-Policy:')) ?? '';

    it('merges every page into one rule, as headersFile does', () => {
      const pages = [page('/zh/', 'a', 2), page('/en/', 'b', 2)];
      expect(siteHeadersFile(pages)).toBe(headersFile(mergePolicies(pages.map((p) => p.policy))));
    });

    it('accepts a line of exactly the limit and refuses one character more, naming the page', () => {
      const pages = [page('/zh/', 'a', 3), page('/zh/plan/', 'b', 3)];
      const length = cspLine(siteHeadersFile(pages)).length;
      expect(() => siteHeadersFile(pages, length)).not.toThrow();
      expect(() => siteHeadersFile(pages, length - 1)).toThrow(/\/zh\/plan\/.*Content-Security-Policy line/);
    });

    it('stops the build at the page whose hashes carry the line past 2,000 characters', () => {
      // About 36 hashes of 54 characters fill the line: the third page's 15 push it over.
      const pages = [page('/', 'a', 15), page('/zh/', 'b', 15), page('/zh/plan/', 'c', 15), page('/en/', 'd', 15)];
      expect(() => siteHeadersFile(pages)).toThrow(
        /adding the policy of \/zh\/plan\/ makes the Content-Security-Policy line \d+ characters, over the 2000/,
      );
      expect(cspLine(siteHeadersFile(pages.slice(0, 2))).length).toBeLessThanOrEqual(HEADER_LINE_LIMIT);
    });
  });
});
