/**
 * Search, loaded on first use: Pagefind (its script, worker and this language's index), every
 * page's indexed text from it, this language's search words and the code that matches a query
 * against them (./matcher). The guide is small (seven pages a language), so all its passages
 * are kept in memory and each query is matched and ranked here.
 */
import { type Lang, SEARCH_SCRIPT } from '../../lib/languages';
import { withBase } from '../../lib/routes';
import type { SearchWords } from './lexicon';
import type { PagefindFragment } from './page-text';
import { normalizeQuery } from './query';
import type { SearchAnswer } from './rank';
import type { AnswerStrings } from './strings';

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null): Promise<{ results: Array<{ data(): Promise<PagefindFragment> }> } | null>;
}

interface Engine {
  answers: AnswerStrings;
  answer: (query: string) => SearchAnswer;
}

let loading: Promise<Engine> | undefined;
let failures = 0;

/** Loads everything once; a failed load (offline) is tried afresh by the next query. */
export function loadEngine(lang: Lang): Promise<Engine> {
  if (!loading) {
    // A browser keeps a module whose fetch failed in its module map for the page's lifetime, so
    // importing the same URL again fails at once, even back online: each retry asks for a new URL.
    const retry = failures > 0 ? `?retry=${failures}` : '';
    loading = load(lang, retry);
    loading.catch(() => {
      failures++;
      loading = undefined;
    });
  }
  return loading;
}

async function load(lang: Lang, retry: string): Promise<Engine> {
  const bundlePath = withBase(import.meta.env.BASE_URL, '/pagefind/');
  const wordsUrl = withBase(import.meta.env.BASE_URL, `/${lang}/search-words.json${retry}`);
  const [pagefind, words, { createMatcher }] = await Promise.all([
    import(/* @vite-ignore */ `${bundlePath}pagefind.js${retry}`) as Promise<Pagefind>,
    fetch(wordsUrl).then((response) => {
      if (!response.ok) throw new Error(`${wordsUrl}: ${response.status}`);
      return response.json() as Promise<SearchWords>;
    }),
    import('./matcher'),
  ]);
  await pagefind.options({ bundlePath });
  await pagefind.init();
  const all = await pagefind.search(null);
  if (!all) throw new Error('Pagefind returned no pages');
  const fragments = await Promise.all(all.results.map((result) => result.data()));
  return { answers: words.answers, answer: createMatcher(SEARCH_SCRIPT[lang], fragments, words) };
}

/** The answer to a query, and the words to say it with. */
export async function search(lang: Lang, query: string): Promise<SearchAnswer & { says: AnswerStrings }> {
  const { answers, answer } = await loadEngine(lang);
  const q = normalizeQuery(query);
  if (!q) return { answered: false, hits: [], says: answers };
  return { ...answer(q), says: answers };
}
