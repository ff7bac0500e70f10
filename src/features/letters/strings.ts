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

export type LetterScriptText = Pick<LettersText, (typeof TEXT_KEYS)[number]>;
export type ReminderText = Pick<CalendarText, (typeof CALENDAR_KEYS)[number]>;

export type Labels = Partial<Record<FieldKey, string>>;

/** A template and, on a page in another language, its rendering in that language. */
export interface TemplatePair {
  zh: string;
  rendering?: string;
}

/** What <letter-form> is handed in `data-strings`: only this letter, only this language. */
export interface LetterStrings {
  letter: LetterKey;
  /** BCP 47 tag of the page: the rendering's dates and the counters are written in it. */
  locale: string;
  letterText: TemplatePair;
  script?: TemplatePair;
  reminder: ReminderKind;
  /** Field labels: Chinese for the letter's blanks, the page's for the rendering's and messages. */
  zhLabels: Labels;
  labels: Labels;
  text: LetterScriptText;
  reminderText: ReminderText;
  errors: Dictionary['forms']['errors'] & LettersText['errors'];
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

export function letterStrings(letter: LetterKey, lang: Lang, dict: Dictionary, zh: Dictionary): LetterStrings {
  const spec = LETTERS[letter];
  const pair = (template: typeof spec.letter): TemplatePair => {
    const rendering = renderingOf(template, lang);
    return rendering === undefined ? { zh: template.zh } : { zh: template.zh, rendering };
  };
  return {
    letter,
    locale: INTL_LOCALE[lang],
    letterText: pair(spec.letter),
    ...(spec.script ? { script: pair(spec.script) } : {}),
    reminder: spec.reminder,
    zhLabels: fieldLabels(zh, spec.fields),
    labels: fieldLabels(dict, spec.fields),
    text: pick(dict.letters, TEXT_KEYS),
    reminderText: pick(dict.calendar, CALENDAR_KEYS),
    errors: { ...dict.forms.errors, ...dict.letters.errors },
  };
}
