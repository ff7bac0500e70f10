import type { Dictionary } from '../../i18n/dictionary';
import { INTL_LOCALE, type Lang } from '../../lib/languages';

/**
 * What the search script needs to speak the page's language, handed over in `data-strings`. It
 * sits in every page's header, so it holds only what the dialog and the results say.
 */
export type SearchStrings = Omit<Dictionary['search'], 'needsScript' | 'pageDescription'> & {
  /** BCP 47 tag, for plural rules. */
  locale: string;
  contents: string;
  wholeGuide: string;
};

export function searchStrings(lang: Lang, dict: Dictionary): SearchStrings {
  const { needsScript: _page, pageDescription: _head, ...search } = dict.search;
  return { ...search, locale: INTL_LOCALE[lang], contents: dict.reading.contents, wholeGuide: dict.reading.wholeGuide };
}
