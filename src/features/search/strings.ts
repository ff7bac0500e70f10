import type { Guide } from '../../guide/model';
import type { Dictionary } from '../../i18n/dictionary';
import { INTL_LOCALE, type Lang } from '../../lib/languages';
import { pagePath } from '../../lib/routes';

/** What an answer says: sent with the search words (search-words.json), since only an answer needs it. */
export const ANSWER_KEYS = ['resultCount', 'noAnswer', 'noAnswerWaysOn', 'hotline'] as const;
export type AnswerStrings = Pick<Dictionary['search'], (typeof ANSWER_KEYS)[number]>;

export function answerStrings(dict: Dictionary): AnswerStrings {
  const { resultCount, noAnswer, noAnswerWaysOn, hotline } = dict.search;
  return { resultCount, noAnswer, noAnswerWaysOn, hotline };
}

/**
 * What the search script needs to open the dialog in the page's language, handed over in
 * `data-strings`. It sits in every page's header, so it holds only what the dialog says before
 * any answer, and when search cannot load (the ways on); an answer's words come with the search
 * words, fetched with the search itself.
 */
export type SearchStrings = Omit<
  Dictionary['search'],
  'needsScript' | 'pageDescription' | (typeof ANSWER_KEYS)[number]
> & {
  /** BCP 47 tag, for plural rules. */
  locale: string;
  /** Where a reader can go when search cannot help: the contents, the whole guide, the site's pages. */
  waysOn: Array<{ text: string; path: string }>;
};

export function searchStrings(lang: Lang, dict: Dictionary, guide: Guide): SearchStrings {
  const { open, label, close, hint, loading, unavailable, resultsLabel } = dict.search;
  return {
    open,
    label,
    close,
    hint,
    loading,
    unavailable,
    resultsLabel,
    locale: INTL_LOCALE[lang],
    waysOn: [
      { text: dict.reading.contents, path: pagePath(lang, 'overview') },
      { text: dict.reading.wholeGuide, path: pagePath(lang, 'full') },
      ...guide.sitePages(lang).map((page) => ({ text: page.title, path: page.path })),
    ],
  };
}
