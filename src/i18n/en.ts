import type { Dictionary } from './dictionary';

export const en: Dictionary = {
  siteName: 'Weilidai overdue guide',
  languageName: 'English',
  skipLink: 'Skip to main content',
  headerNav: 'Site',
  notice:
    'This guide is general information, not legal or financial advice. The exact amounts and options are those shown on the Weilidai page in WeChat and confirmed by official customer service.',
  originallyPublished: (date) => `Originally published ${date}`,
  translationNote: 'Translated from the Chinese original.',
  contents: 'Contents',
  onThisPage: 'In this part',
  partOf: (n, total) => `Part ${n} of ${total}`,
  partLabel: (n) => `Part ${n}`,
  pagination: 'Previous and next parts',
  previous: 'Previous',
  next: 'Next',
  wholeGuide: 'Read the whole guide on one page',
  wholeGuideTitle: 'The whole guide',
  wholeGuideLead: (parts) => `All ${parts} parts on one page, to read in one go or to print.`,
  backToContents: 'Back to contents',
  noteLabel: 'Note',
  noteSource: '(added by this site; not part of the original article)',
  notFoundTitle: 'Page not found',
  notFoundBody: 'The page you are looking for does not exist; the link may be wrong. Start again from the contents:',
  chooseLanguage: 'Choose a language',
};
