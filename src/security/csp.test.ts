import { describe, expect, it } from 'vitest';
import { formatPolicy, headersFile, mergePolicies, parseHeadersFile, parsePolicy } from './csp';

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
});
