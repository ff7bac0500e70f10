/**
 * The matching half of search: the guide's passages from Pagefind, this language's search words,
 * and the analysis and ranking of a query against them. A module of its own so that it loads
 * with Pagefind on first use, not with the search box.
 */

import { analyze } from './analyze';
import { Corpus, type Script } from './corpus';
import { Lexicon, type SearchWords } from './lexicon';
import type { PagefindFragment } from './page-text';
import { Pinyin } from './pinyin';
import { rank, type SearchAnswer } from './rank';

/** Answers queries (already normalised, not empty) from the guide's passages. */
export function createMatcher(
  script: Script,
  fragments: readonly PagefindFragment[],
  words: SearchWords,
): (query: string) => SearchAnswer {
  const corpus = new Corpus(script, fragments);
  const lexicon = new Lexicon(script, words);
  const pinyin = words.pinyin ? new Pinyin(words.pinyin) : undefined;
  return (query) => rank(analyze(query, corpus, lexicon, pinyin), corpus);
}
