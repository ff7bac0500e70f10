import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHeadersFile, parsePolicy } from '../../src/security/csp.ts';
import { allPages, DIST, readPage } from '../helpers/dist.ts';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the Content-Security-Policy in every page', () => {
  it.each(allPages())('%s: strict script-src that covers each of its inline scripts', (path) => {
    const $ = readPage(path);
    const meta = $('meta[http-equiv="content-security-policy"]').attr('content');
    expect(meta, 'no CSP <meta>').toBeTruthy();
    const policy = parsePolicy(meta ?? '');
    const scriptSrc = policy.get('script-src') ?? [];
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(policy.get('object-src')).toEqual(["'none'"]);
    for (const el of $('script:not([src])').toArray()) {
      if ($(el).attr('type') === 'application/ld+json') continue; // data, never executed
      expect(scriptSrc, 'an inline script without its hash').toContain(sha256($(el).text()));
    }
    expect($('[style]').length, 'style attributes need unsafe-inline').toBe(0);
    expect($('[onclick], [onload], [onerror], [onsubmit]').length, 'inline handlers').toBe(0);
  });
});

describe('dist/_headers for static hosts', () => {
  const headers = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));

  it('sends the CSP with frame-ancestors and the other security headers', () => {
    const csp = parsePolicy(headers['Content-Security-Policy'] ?? '');
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['Permissions-Policy']).toMatch(/camera=\(\)/);
  });

  it('allows every hash that any page needs', () => {
    const allowed = new Set(parsePolicy(headers['Content-Security-Policy'] ?? '').get('script-src'));
    for (const path of allPages()) {
      const meta = readPage(path)('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
      for (const source of parsePolicy(meta).get('script-src') ?? []) expect(allowed).toContain(source);
    }
  });
});
