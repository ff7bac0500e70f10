import type { NumberError } from '../lib/money';

/**
 * Every string the site's own interface shows, one group per feature. Each language file must
 * provide all of them: a missing or misspelt key is a type error, so no page ships half translated.
 * The article itself lives in content/; the labels of the worksheet's exported file live with the
 * worksheet (src/features/worksheet/file-labels.ts: they describe a file). The worksheet's choice
 * lists (where the money comes from, how a contact was made) show those same words on purpose, so
 * that the screen and the exported file say the same thing: translate them there.
 *
 * All values are plain strings, so a component can hand its script the group it needs as JSON.
 * Values are filled in with `format()` from src/lib/text.ts: `{name}` is a placeholder.
 * A `Plural` picks its form with the language's plural rules (`plural()`, same file).
 */
export interface Plural {
  /** Used where the language's plural rules say "one" (English: 1); defaults to `other`. */
  one?: string;
  other: string;
}

export interface SiteText {
  /** Short name of the site, for the header and `og:site_name`. */
  name: string;
  /** This language's name, written in this language (for the language link). */
  languageName: string;
  skipLink: string;
  /** Accessible name of the header's navigation. */
  headerNav: string;
  notice: string;
  /** `{date}`: the source article's publication date. */
  originallyPublished: string;
  translationNote: string;
  chooseLanguage: string;
  notFoundTitle: string;
  notFoundBody: string;
}

export interface ReadingText {
  contents: string;
  onThisPage: string;
  /** `{n}` of `{total}`. */
  partOf: string;
  /** A part's title with its number (`{numeral}`, written in `numerals`), as the source numbers it. */
  partTitle: string;
  numerals: 'chinese' | 'arabic';
  pagination: string;
  previous: string;
  next: string;
  wholeGuide: string;
  wholeGuideTitle: string;
  /** `{n}` parts. */
  wholeGuideLead: string;
  backToContents: string;
  noteLabel: string;
  toolLabel: string;
  /** The label of a box that points to a page the site wrote. */
  seeAlso: string;
  /** After the label of a note or tool box: the box is the site's, not the author's. */
  siteAddition: string;
  /** Marks a page the site wrote itself (not part of the original article), where a part says "Part 2 of 5". */
  sitePageLabel: string;
  /** In the contents, before the list of the site's own pages. */
  siteContents: string;
}

export interface ShareText {
  /** `{heading}`: the heading's text, so every control names its section. */
  headingLink: string;
  copyHeadingLink: string;
  shareHeading: string;
  copyPageLink: string;
  sharePage: string;
  /** Announced in a polite live region after a copy. */
  linkCopied: string;
  /** Shown with the link selected in a box when the browser refuses the clipboard. */
  copyFailed: string;
  /** Accessible name of that box. */
  linkToShare: string;
}

export interface PreviewsText {
  /** Alt text of a page's social image, which shows `{title}`. */
  imageAlt: string;
}

export interface SearchText {
  /** The header link and the dialog's title. */
  open: string;
  /** Label of the search box. */
  label: string;
  close: string;
  /** Under the box before anything is typed: what to try. */
  hint: string;
  loading: string;
  /** `{n}` results. */
  resultCount: Plural;
  /** Nothing in the guide answers `{q}`. */
  noAnswer: string;
  /** Before the links offered when nothing answers. */
  noAnswerWaysOn: string;
  /** WeBank's official customer service, for a question the guide cannot answer. */
  hotline: string;
  /** The index could not be loaded (offline, broken deploy); followed by links. */
  unavailable: string;
  /** Shown on the search page without JavaScript; followed by links. */
  needsScript: string;
  pageDescription: string;
  /** Accessible name of the list of results. */
  resultsLabel: string;
}

export interface FormsText {
  /** One message per reason a typed number is refused. */
  errors: Record<NumberError, string>;
  /** "Clear all my data on this device", on every tool page: heading, what it does, the control. */
  deviceData: string;
  deviceDataText: string;
  clearAll: string;
  clearAllConfirm: string;
  clearAllYes: string;
  clearAllNo: string;
  clearAllDone: string;
  clearAllNothing: string;
  clearAllFailed: string;
}

export interface EstimatorText {
  title: string;
  /** Shown where the estimator would be when JavaScript is off. */
  needsJavaScript: string;
  intro: string;
  amount: string;
  amountHint: string;
  rate: string;
  rateHint: string;
  multiple: string;
  multipleHint: string;
  days: string;
  daysHint: string;
  submit: string;
  /** Announced and shown when the form has errors. */
  fixErrors: string;
  /** `{money}` so far, after `{days}` days. */
  soFar: Plural;
  /** What one more day adds (`{money}`), announced with the estimate. */
  perDay: string;
  /** The estimate as announced to screen readers: `{soFar}` then `{perDay}`. */
  announce: string;
  /** What one more `{day}`, `{week}` and `{month}` add. */
  more: string;
  tableCaption: string;
  columnWhen: string;
  columnTotal: string;
  today: string;
  /** In `{days}` days. */
  inDays: Plural;
  /** `{from}` today to `{to}` in 90 days. */
  chartLabel: string;
  method: string;
  authority: string;
  /** On the whole-guide page, in place of the estimator. */
  linkText: string;
}

export interface WorksheetText {
  /** The page's h1 and the document title's first half. */
  title: string;
  description: string;
  lead: string;
  privacy: string;
  /** Without JavaScript: nothing is saved; print and fill in by hand. */
  noScript: string;
  printedOnBlank: string;
  /** `{date}`. */
  printedOn: string;
  owedLegend: string;
  owed: string;
  dueDate: string;
  sumsLegend: string;
  sumsHint: string;
  /** `{n}`: the row's number. */
  sumLegend: string;
  date: string;
  amount: string;
  source: string;
  sourceNone: string;
  details: string;
  addSum: string;
  totalLabel: string;
  risksLegend: string;
  riskLegend: string;
  risk: string;
  response: string;
  addRisk: string;
  reserveLegend: string;
  reserveAmount: string;
  reserveDetails: string;
  /** The contact log (section id `contact-log`). */
  contactsLegend: string;
  contactsHint: string;
  /** `{n}`: the row's number. */
  contactLegend: string;
  contactDate: string;
  time: string;
  who: string;
  number: string;
  how: string;
  wayNone: string;
  said: string;
  promised: string;
  agreed: string;
  addContact: string;
  /** Under the worksheet: `{text}` characters per box, `{rows}` rows per list. */
  limitsNote: string;
  /** `{n}`: the row's number. */
  removeSum: string;
  removeRisk: string;
  removeContact: string;
  /** `{money}`. */
  totalPlanned: string;
  totalOwed: string;
  shortfall: string;
  surplus: string;
  exact: string;
  needOwed: string;
  /** `{n}` amounts not counted. */
  notCounted: Plural;
  /** Joins the running total's lines into one announcement. */
  listSeparator: string;
  actionsLabel: string;
  print: string;
  export: string;
  import: string;
  /** The plan was replaced by the one in the file (after the reader confirmed). */
  importDone: string;
  /** The file is not a plan this site exported. */
  importFailed: string;
  /** `{size}` of the file, `{max}` a plan file may have. */
  importTooBig: string;
  importNoContent: string;
  /** `{sections}`: the missing sections' names. */
  importMissing: string;
  /** `{section}` where the file stops. */
  importCutOff: string;
  /** `{label}`: a section or line the file repeats. */
  importDuplicate: string;
  /** `{section}` has `{n}` rows, over `{max}`. */
  importTooManyRows: string;
  /** In `{where}` (a row, or a part of the plan), `{field}` has `{n}` characters, over `{max}`. */
  importTooLong: string;
  importEmpty: string;
  importCancelled: string;
  /** The export and import code could not be loaded. */
  fileFailed: string;
  /** Shown with the plan from the file when it could not be saved. */
  importNotSaved: string;
  /** The import's check step: its heading, what the file holds and what it replaces, the buttons. */
  reviewTitle: string;
  /** `{name}` of the file, its `{contents}`. */
  reviewFile: string;
  reviewCurrent: string;
  reviewCurrentEmpty: string;
  countSums: Plural;
  countRisks: Plural;
  countContacts: Plural;
  /** `{value}`: the amount to repay, as written. */
  countOwed: string;
  /** `{n}` things in the file to check. */
  reviewNotes: Plural;
  /** `{n}` lines not imported, the first one `{line}`. */
  noteSkipped: Plural;
  /** In `{section}`, the column `{column}` and its `{n}` values are not imported. */
  noteColumn: Plural;
  /** `{where}`, `{field}`: `{value}` is kept; `{message}` is the message shown beside it. */
  noteValue: string;
  replace: string;
  keep: string;
  undo: string;
  undone: string;
  /** Limits: characters left in a box (`{n}`), at the limit (`{max}`), over it (`{n}`). */
  charsLeft: Plural;
  charsAtLimit: string;
  charsOver: Plural;
  /** A paste of `{n}` characters refused; `{left}` fit. */
  pasteTooLong: string;
  /** The Add button is off: the list has `{max}` rows. */
  rowLimit: string;
  /** Messages beside a kept value that is not valid (an imported date that is not a date…). */
  invalidDate: string;
  invalidTime: string;
  /** `{value}`: the text that is not one of the choices. */
  invalidChoice: string;
  /** The saved-state line while the saved plan loads, and if the saving code could not load. */
  loading: string;
  loadFailed: string;
  /** Another tab changed the plan; cleared it; saved it with a newer version of the page. */
  syncedFromTab: string;
  clearedInTab: string;
  newerInTab: string;
  /** Another tab changed the plan while this one holds what could not be saved. */
  notReplaced: string;
  /** A stored plan that cannot be read, kept aside: damaged; from a newer version; not kept (storage full). */
  keptDamaged: string;
  keptNewer: string;
  keptNotKept: string;
  downloadKept: string;
  deleteKept: string;
  keptDeleted: string;
  /** The downloaded unreadable plan's file name, before the date. */
  keptFileName: string;
  clear: string;
  clearConfirm: string;
  clearYes: string;
  clearNo: string;
  cleared: string;
  saved: string;
  /** The browser refused to save because its storage is full. */
  storageFull: string;
  storageFailed: string;
  /** The exported file's name, before the date. */
  fileName: string;
  backToGuide: string;
}

export interface Dictionary {
  site: SiteText;
  reading: ReadingText;
  share: ShareText;
  previews: PreviewsText;
  search: SearchText;
  forms: FormsText;
  estimator: EstimatorText;
  worksheet: WorksheetText;
  letters: LettersText;
  calendar: CalendarText;
}

/** One letter's page (letters/templates.ts has the letter itself). */
export interface LetterPageText {
  /** The page's h1, the document title's first half and the letter's name in the list of letters. */
  title: string;
  description: string;
  /** Under the h1: who the letter is for and how it can be sent. */
  lead: string;
  /** Its one line in the list of letters. */
  summary: string;
  /** "How to use": `{plan}` and `{help}` become the links named planLink and helpLink. */
  howTo: string[];
}

/** A field of the letters: its label, and a hint under it (what to write). */
export interface LetterFieldText {
  label: string;
  hint: string;
}

/** Where a language other than Chinese shows the Chinese letter with a rendering beside it. */
export interface LetterRenderingText {
  /** Above the Chinese letter. */
  original: string;
  /** Above the rendering. */
  rendering: string;
  /** Under that heading: it is for reading, not for sending. */
  renderingNote: string;
  /** The same two for the 12378 call points: said, not sent. */
  scriptOriginal: string;
  scriptRenderingNote: string;
  /** Why the letter is in Chinese. */
  whyChinese: string;
  /** Above the fields: what the reader writes goes into the Chinese letter as typed. */
  writeInChinese: string;
}

export interface LettersText {
  /** The list of letters: its h1, description and lead. */
  indexTitle: string;
  indexDescription: string;
  indexLead: string;
  /** The breadcrumb of the list: back to the help page. */
  backToHelp: string;
  /** The breadcrumb of a letter: back to the list. */
  backToIndex: string;
  /** A template, not legal advice. */
  notice: string;
  privacy: string;
  /** Without JavaScript: the letter does not fill in; print it blank. */
  noScript: string;
  detailsHeading: string;
  letterHeading: string;
  howToHeading: string;
  /** Link text to the worksheet (/plan/) and to the help page's complaints (/help/#complaints). */
  planLink: string;
  helpLink: string;
  /** The complaint's words for the 12378 hotline, and the line under that heading. */
  scriptHeading: string;
  scriptLead: string;
  /** After an optional field's label. */
  optional: string;
  /** `{n}` characters written of `{max}`. */
  count: string;
  /** Announced when a field is full: `{max}`. */
  countFull: string;
  /** Under the loan amount when it came from the worksheet. */
  fromPlan: string;
  copy: string;
  print: string;
  copied: string;
  /** Copied with fields still blank: `{fields}`, their labels. */
  copiedWithBlanks: string;
  /** Joins the labels in `{fields}`. */
  listSeparator: string;
  /** The clipboard was refused: the letter is selected in a box below. */
  copyFailed: string;
  /** Accessible name of that box. */
  copyBox: string;
  saved: string;
  /** Saving was refused (private mode, storage turned off). */
  storageFailed: string;
  /** Saving failed because the browser's storage for the site is full. */
  storageFull: string;
  /** What was stored could not be read; it was kept under `{key}`. */
  unreadable: string;
  /** The editing code could not be loaded (offline): nothing is filled in or saved yet. */
  loadFailed: string;
  /** What a mistyped field is told. */
  errors: { idLast4: string };
  rendering?: LetterRenderingText;
  letters: Record<import('../features/letters/templates').LetterKey, LetterPageText>;
  fields: Record<import('../features/letters/templates').FieldKey, LetterFieldText>;
}

/** Reminders as calendar files (.ics), made on the device. */
export interface CalendarText {
  heading: string;
  /** The objection: 20 days from receipt (Art. 25). */
  objectionIntro: string;
  sentOn: string;
  sentOnHint: string;
  receivedOn: string;
  receivedOnHint: string;
  /** The due date counted from receipt: `{from}`, `{date}`. */
  objectionDue: string;
  /** Counted from the day it was sent (receipt unknown): `{from}`, `{date}`. */
  objectionDueFromSent: string;
  objectionSummary: string;
  objectionDescription: string;
  /** The complaint to the People's Bank of China branch: 30 days from acceptance (Art. 26). */
  pbocIntro: string;
  acceptedOn: string;
  acceptedOnHint: string;
  /** `{from}`, `{date}`. */
  pbocDue: string;
  pbocSummary: string;
  pbocDescription: string;
  /** No deadline in the checked facts for WeBank's answer to a complaint, or to a request to negotiate. */
  noDeadlineComplaint: string;
  noDeadlineNegotiate: string;
  download: string;
  downloadHint: string;
  /** Before a date is given. */
  needDate: string;
  /** `{file}`. */
  downloaded: string;
  /** The reminder file's name, before the date. */
  fileName: string;
  /** For the worksheet's events (planEvents in features/calendar). */
  planDue: string;
  planDueDescription: string;
  /** `{amount}`. */
  planSum: string;
  planSumNoAmount: string;
  planSumDescription: string;
  /** The worksheet's button, and what it says after. */
  planButton: string;
  /** `{file}`, `{n}` dates. */
  planDone: Plural;
  planNone: string;
  /** The worksheet's calendar file's name, before the date. */
  planFileName: string;
}
