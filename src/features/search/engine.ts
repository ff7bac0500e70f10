/**
 * Pagefind, loaded on first use, and the two searches behind every query: the exact phrase
 * (`"罚息"`) and Pagefind's own split query. rankResults puts the literal matches first.
 */
import { withBase } from '../../lib/routes';
import { normalizeQuery, phraseQuery } from './query';
import { type PagefindFragment, rankResults, type SearchHit } from './rank';

interface PagefindResult {
  id: string;
  data(): Promise<PagefindFragment>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}

/** Plenty for a guide of six pages per language; keeps a pathological query cheap. */
const MAX_PAGES = 12;

let loading: Promise<Pagefind> | undefined;
let failures = 0;

/** Loads Pagefind once (script, worker, WebAssembly, the index of this page's language). */
export function loadPagefind(): Promise<Pagefind> {
  if (!loading) {
    const bundlePath = withBase(import.meta.env.BASE_URL, '/pagefind/');
    // A browser keeps a module whose fetch failed in its module map for the page's lifetime, so
    // importing the same URL again fails at once, even back online: each retry asks for a new URL.
    const url = `${bundlePath}pagefind.js${failures > 0 ? `?retry=${failures}` : ''}`;
    loading = (async () => {
      const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
      await pagefind.options({ bundlePath });
      await pagefind.init();
      return pagefind;
    })();
    // A failed load (offline) may succeed later: let the next query try again.
    loading.catch(() => {
      failures++;
      loading = undefined;
    });
  }
  return loading;
}

export async function search(query: string): Promise<SearchHit[]> {
  const q = normalizeQuery(query);
  const phrase = phraseQuery(q);
  if (!q || !phrase) return [];
  const pagefind = await loadPagefind();
  const [exact, split] = await Promise.all([pagefind.search(phrase), pagefind.search(q)]);
  if (!exact || !split) throw new Error('Pagefind returned no answer');
  const seen = new Set<string>();
  const results = [...exact.results, ...split.results].filter((result) => {
    if (seen.has(result.id)) return false;
    seen.add(result.id);
    return true;
  });
  const fragments = await Promise.all(results.slice(0, MAX_PAGES).map((result) => result.data()));
  return rankResults(q, fragments);
}
