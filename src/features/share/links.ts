/**
 * Pure helpers behind the copy/share controls and the language link that keeps the reader's
 * place. The browser script (src/scripts/share.ts) feeds them positions and URLs.
 */

/** The absolute URL to share for a heading (or the page, without an id): no query, no old hash. */
export function shareUrl(location: { origin: string; pathname: string }, id?: string): string {
  const page = `${location.origin}${location.pathname}`;
  return id ? `${page}#${encodeURIComponent(id)}` : page;
}

/** `href` with its fragment replaced by `#id`, or removed when there is no id. */
export function withFragment(href: string, id: string | undefined): string {
  const bare = href.split('#')[0] as string;
  return id ? `${bare}#${encodeURIComponent(id)}` : bare;
}

export interface HeadingPosition {
  id: string;
  /** Distance from the top of the viewport to the heading's top, in CSS pixels. */
  top: number;
}

/**
 * The heading whose passage the reader is in: the last one that has reached `threshold` (the
 * line a linked heading lands on, just below any sticky header). A heading the reader arrived
 * at by link (`target`) wins while it is on screen below that one: near the end of a page the
 * browser cannot scroll it up to the line, yet it is the passage the reader asked for.
 */
export function currentHeading(
  headings: readonly HeadingPosition[],
  threshold: number,
  viewportHeight: number,
  target?: string,
): string | undefined {
  let current = -1;
  headings.forEach((heading, index) => {
    if (heading.top <= threshold) current = index;
  });
  const targetIndex = target === undefined ? -1 : headings.findIndex((heading) => heading.id === target);
  const targetTop = headings[targetIndex]?.top;
  if (targetIndex > current && targetTop !== undefined && targetTop >= 0 && targetTop < viewportHeight) {
    return target;
  }
  return headings[current]?.id;
}

/**
 * The heading id a URL fragment names (`#raise-funds`, `#%E4%B8%80`), or undefined. A malformed
 * escape (`#%`) names nothing: it must not throw, or every later scroll would fail with it.
 */
export function fragmentId(hash: string): string | undefined {
  const raw = hash.replace(/^#/, '');
  if (!raw) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}
