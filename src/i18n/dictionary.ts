/**
 * Every string the site's own interface shows. Each language file must provide all of them:
 * a missing or misspelt key is a type error, so no page can ship half translated.
 * Content (the article itself) lives in content/, not here.
 */
export interface Dictionary {
  /** Short name of the site, for the header and `og:site_name`. */
  siteName: string;
  /** This language's name, written in this language (for the language link). */
  languageName: string;
  skipLink: string;
  /** Accessible name of the header's site-wide navigation. */
  headerNav: string;
  notice: string;
  originallyPublished: (date: string) => string;
  translationNote: string;
  contents: string;
  onThisPage: string;
  partOf: (n: number, total: number) => string;
  /** The number before a part's title on the whole-guide page and in contents lists. */
  partLabel: (n: number) => string;
  pagination: string;
  previous: string;
  next: string;
  wholeGuide: string;
  wholeGuideTitle: string;
  wholeGuideLead: (parts: number) => string;
  backToContents: string;
  noteLabel: string;
  noteSource: string;
  notFoundTitle: string;
  notFoundBody: string;
  chooseLanguage: string;
  /** Sharing (issue 4). The heading's text is passed in so every control names its section. */
  headingLink: (heading: string) => string;
  copyHeadingLink: (heading: string) => string;
  shareHeading: (heading: string) => string;
  copyPageLink: string;
  sharePage: string;
  /** Announced in a polite live region after a copy. */
  linkCopied: string;
  /** Shown with the link selected in a box when the browser refuses the clipboard. */
  copyFailed: string;
  /** Accessible name of that box. */
  linkToShare: string;
  /** Alt text of a page's social image, which shows the title. */
  shareImageAlt: (title: string) => string;
  /**
   * Search (issue 3). The search-* messages are shown by the browser script, so they are plain
   * strings: `{n}` and `{q}` are filled in there.
   */
  search: string;
  /** Label of the search box. */
  searchLabel: string;
  searchClose: string;
  /** Under the box before anything is typed: what to try. */
  searchHint: string;
  searchLoading: string;
  /** `{n}` results. */
  searchResultCount: string;
  /** No results for `{q}`. */
  searchNoResults: string;
  /** The index could not be loaded (offline, broken deploy); followed by links. */
  searchUnavailable: string;
  /** Shown on the search page without JavaScript; followed by links. */
  searchNeedsScript: string;
  searchPageDescription: string;
  /** Accessible name of the list of results. */
  searchResultsLabel: string;
}
