import type { CalendarText, Dictionary, LettersText } from '../../i18n/dictionary';
import { INTL_LOCALE, type Lang } from '../../lib/languages';
import { FIELD_KEYS, type FieldKey, LETTERS, type LetterKey, type ReminderKind, type RenderingLang } from './templates';

const TEXT_KEYS = [
  'count',
  'countFull',
  'copied',
  'copiedWithBlanks',
  'listSeparator',
  'copyFailed',
  'copyBox',
  'saved',
  'storageFailed',
  'storageFull',
  'unreadable',
  'loadFailed',
] as const satisfies ReadonlyArray<keyof LettersText>;

const CALENDAR_KEYS = [
  'objectionDue',
  'objectionDueFromSent',
  'objectionSummary',
  'objectionDescription',
  'pbocDue',
  'pbocSummary',
  'pbocDescription',
  'needDate',
  'downloaded',
  'fileName',
] as const satisfies ReadonlyArray<keyof CalendarText>;

/** The reminder strings each kind of reminder uses (a page is handed only its own). */
const REMINDER_KEYS: Record<ReminderKind, ReadonlyArray<(typeof CALENDAR_KEYS)[number]>> = {
  objection: [
    'objectionDue',
    'objectionDueFromSent',
    'objectionSummary',
    'objectionDescription',
    'needDate',
    'downloaded',
    'fileName',
  ],
  pboc: ['pbocDue', 'pbocSummary', 'pbocDescription', 'needDate', 'downloaded', 'fileName'],
  none: [],
};

/** The number errors an optional amount can get (allowZero, so never empty or notPositive). */
const MONEY_ERRORS = ['notNumber', 'ambiguousComma', 'negative', 'tooPrecise', 'amountTooLarge'] as const;

export type LetterScriptText = Pick<LettersText, (typeof TEXT_KEYS)[number]>;
/** A page holds only the keys of its own reminder kind. */
export type ReminderText = Pick<CalendarText, (typeof CALENDAR_KEYS)[number]>;
export type LetterErrors = Partial<Dictionary['forms']['errors']> & LettersText['errors'];

export type Labels = Partial<Record<FieldKey, string>>;

/**
 * What <letter-form> is handed in `data-strings`: only this letter, only this language. The
 * templates and the field labels it reads from the blank letter the page already shows.
 */
export interface LetterStrings {
  letter: LetterKey;
  /** BCP 47 tag of the page: the rendering's dates and the counters are written in it. */
  locale: string;
  reminder: ReminderKind;
  text: LetterScriptText;
  reminderText: ReminderText;
  errors: LetterErrors;
}

function pick<T, K extends keyof T>(source: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, source[key]])) as Pick<T, K>;
}

/** The labels of `fields` (default: every field) in the dictionary's language. */
export function fieldLabels(dict: Dictionary, fields: readonly FieldKey[] = FIELD_KEYS): Labels {
  return Object.fromEntries(fields.map((key) => [key, dict.letters.fields[key].label]));
}

/** The page's rendering of a template, or none on the Chinese page. */
export function renderingOf(template: { renderings: Record<RenderingLang, string> }, lang: Lang): string | undefined {
  return lang === 'zh' ? undefined : template.renderings[lang];
}

export function letterStrings(letter: LetterKey, lang: Lang, dict: Dictionary): LetterStrings {
  const spec = LETTERS[letter];
  return {
    letter,
    locale: INTL_LOCALE[lang],
    reminder: spec.reminder,
    text: pick(dict.letters, TEXT_KEYS),
    reminderText: pick(dict.calendar, REMINDER_KEYS[spec.reminder]) as ReminderText,
    errors: {
      ...(spec.fields.includes('loanAmount') ? pick(dict.forms.errors, MONEY_ERRORS) : {}),
      ...dict.letters.errors,
    },
  };
}
