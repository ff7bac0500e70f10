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
}
