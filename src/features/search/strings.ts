import type { Guide } from '../../guide/model';
import type { Dictionary } from '../../i18n/dictionary';
import { INTL_LOCALE, type Lang } from '../../lib/languages';
import { pagePath } from '../../lib/routes';

/**
 * What the search script needs to speak the page's language, handed over in `data-strings`. It
 * sits in every page's header, so it holds only what the dialog and the results say.
 */
export type SearchStrings = Omit<Dictionary['search'], 'needsScript' | 'pageDescription'> & {
  /** BCP 47 tag, for plural rules. */
  locale: string;
  /** Where a reader can go when search cannot help: the contents, the whole guide, the site's pages. */
  waysOn: Array<{ text: string; path: string }>;
};

export function searchStrings(lang: Lang, dict: Dictionary, guide: Guide): SearchStrings {
  const { needsScript: _page, pageDescription: _head, ...search } = dict.search;
  return {
    ...search,
    locale: INTL_LOCALE[lang],
    waysOn: [
      { text: dict.reading.contents, path: pagePath(lang, 'overview') },
      { text: dict.reading.wholeGuide, path: pagePath(lang, 'full') },
      ...guide.sitePages(lang).map((page) => ({ text: page.title, path: page.path })),
    ],
  };
}
