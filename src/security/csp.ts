/**
 * Content-Security-Policy text, parsed and merged. Astro writes a policy per page as a <meta>
 * (with the hashes of that build's scripts and styles); static hosts also want the policy as an
 * HTTP header, which is the only place `frame-ancestors` works.
 */
export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!policy.has(key)) policy.set(key, sources);
  }
  return policy;
}

/** One policy that allows exactly what any of the given policies allows, directive by directive. */
export function mergePolicies(policies: readonly Policy[]): Policy {
  const merged: Policy = new Map();
  for (const policy of policies) {
    for (const [name, sources] of policy) {
      const existing = merged.get(name) ?? [];
      merged.set(name, [...existing, ...sources.filter((source) => !existing.includes(source))]);
    }
  }
  return merged;
}

export function formatPolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The headers every response of the site carries, in the `_headers` format of static hosts. */
export function headersFile(policy: Policy): string {
  const withFraming = new Map(policy);
  withFraming.set('frame-ancestors', ["'none'"]);
  const headers = [
    ['Content-Security-Policy', formatPolicy(withFraming)],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
    ['X-Frame-Options', 'DENY'],
  ];
  return `/*\n${headers.map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`;
}

/** Cloudflare Pages ignores a `_headers` line longer than this (indent and header name included). */
export const HEADER_LINE_LIMIT = 2000;

/** One built page and the policy in its <meta>. */
export interface PagePolicy {
  /** Site path of the page, e.g. /zh/plan/, named in the error when the line grows too long. */
  page: string;
  policy: Policy;
}

function longestLine(text: string): string {
  return text.split('\n').reduce((longest, line) => (line.length > longest.length ? line : longest), '');
}

/**
 * The site's `_headers`: one rule for every path, whose policy allows what each page's policy
 * allows. Each distinct inline script or style adds its hash (54 characters) to that one line, so
 * the pages are merged one by one and the build stops at the page that would carry the line past
 * `limit`, rather than writing a line the host would drop (and with it the whole policy).
 */
export function siteHeadersFile(pages: readonly PagePolicy[], limit = HEADER_LINE_LIMIT): string {
  let merged: Policy = new Map();
  for (const { page, policy } of pages) {
    merged = mergePolicies([merged, policy]);
    const line = longestLine(headersFile(merged));
    if (line.length > limit) {
      const name = line.trim().split(':')[0];
      throw new Error(
        `dist/_headers: adding the policy of ${page} makes the ${name} line ${line.length} characters, over the ` +
          `${limit} that Cloudflare Pages accepts (it would ignore the line). Each distinct inline script or style ` +
          'adds a hash of 54 characters: share CSS and scripts between pages, or write one header rule per ' +
          'page path in src/security/.',
      );
    }
  }
  return headersFile(merged);
}

/** Reads `_headers` back (first rule only), for tests and the local server. */
export function parseHeadersFile(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split('\n').slice(1)) {
    const match = /^\s+([A-Za-z-]+):\s*(.*)$/.exec(line);
    if (!match) break;
    headers[match[1] as string] = match[2] as string;
  }
  return headers;
}
