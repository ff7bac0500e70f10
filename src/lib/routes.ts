import type { Lang } from './languages';

/** The key of the guide's opening page, served at the language root (`/zh/`). */
export const OVERVIEW_KEY = 'overview';

/** Pages that are not content sections; no section may take one of these keys. */
export const FIXED_PAGES = ['full', 'search', 'plan', 'letters'] as const;

/** Ids the page shell itself uses; a heading id may not take one. */
export const RESERVED_IDS = ['main', 'top', 'contents', 'page-title', 'notice', 'search'] as const;

/** Site-relative path (no base) of a content page or a fixed page, always with a trailing slash. */
export function pagePath(lang: Lang, key: string): string {
  return key === OVERVIEW_KEY ? `/${lang}/` : `/${lang}/${key}/`;
}

/** Joins the deploy base (`/` or `/guide/`) and a site-relative path. */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmedBase}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Removes the deploy base from a path; returns undefined for a path outside the site. */
export function stripBase(base: string, path: string): string | undefined {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  if (trimmedBase === '') return path;
  if (path === trimmedBase) return '/';
  return path.startsWith(`${trimmedBase}/`) ? path.slice(trimmedBase.length) : undefined;
}

/** Swaps the language segment of a site-relative path: `/zh/strategies/` → `/en/strategies/`. */
export function switchLangPath(path: string, to: Lang): string {
  return path.replace(/^\/[a-z]{2}(?=\/)/, `/${to}`);
}
