/**
 * What the reader typed, made safe to search with, and the URLs that carry a search: the search
 * page's `?q=` and the `?pagefind-highlight=` a result link adds so the words are marked on arrival.
 */

/**
 * Longer input is cut: a question said aloud into a phone keyboard runs to two or three hundred
 * characters, with the question often at its end; the analysis grows with the query.
 */
export const MAX_QUERY_LENGTH = 300;

/** The URL parameter Pagefind's highlight script reads (its default name). */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/** The search page's parameter. */
export const QUERY_PARAM = 'q';

/**
 * Trims and collapses whitespace (including ideographic spaces) and drops double quotes, which
 * Pagefind would read as phrase syntax: the site decides about phrases itself. May return ''.
 */
export function normalizeQuery(raw: string): string {
  return raw
    .replace(/["“”「」]/g, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
    .trim();
}

/** The same query as an exact phrase for Pagefind (`"罚息"`), or undefined for an empty one. */
export function phraseQuery(query: string): string | undefined {
  const q = normalizeQuery(query);
  return q ? `"${q}"` : undefined;
}

/** The query a search page URL carries (`?q=…`), normalized; '' when there is none. */
export function queryFromSearch(search: string): string {
  return normalizeQuery(new URLSearchParams(search).get(QUERY_PARAM) ?? '');
}

/**
 * The search page's own URL for a query, keeping its path and any other parameters, so that
 * `history.replaceState` can keep the address shareable as the reader types.
 */
export function searchPageUrl(current: string, query: string): string {
  const url = new URL(current);
  const q = normalizeQuery(query);
  if (q) url.searchParams.set(QUERY_PARAM, q);
  else url.searchParams.delete(QUERY_PARAM);
  url.hash = '';
  return `${url.pathname}${url.search}`;
}

/**
 * A result link: the page, `?pagefind-highlight=` once per term to mark on arrival, and the
 * heading's `#id`. `path` is already under the deploy base.
 */
export function resultHref(path: string, terms: readonly string[], id?: string): string {
  const params = new URLSearchParams();
  for (const term of terms) if (term.trim()) params.append(HIGHLIGHT_PARAM, term.trim());
  const search = params.size > 0 ? `?${params}` : '';
  return `${path}${search}${id ? `#${encodeURIComponent(id)}` : ''}`;
}

/** Whether a page was opened from a search result and should load the highlight script. */
export function wantsHighlight(search: string): boolean {
  return new URLSearchParams(search).getAll(HIGHLIGHT_PARAM).some((term) => term.trim() !== '');
}
