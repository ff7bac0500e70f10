import type { Dictionary } from '../../i18n/dictionary';
import type { NumberError } from '../../lib/money';

/**
 * The worksheet's strings its script uses at once, handed over in `data-strings`; the page renders
 * the rest on the server. The words of the import (its refusals, the check step, undo) are
 * FILE_KEYS: they travel with the import's code, loaded when the reader imports (plan-file.ts).
 */
export const SCRIPT_KEYS = [
  'printedOn',
  'sumLegend',
  'riskLegend',
  'contactLegend',
  'removeSum',
  'removeRisk',
  'removeContact',
  'totalPlanned',
  'totalOwed',
  'shortfall',
  'surplus',
  'exact',
  'needOwed',
  'notCounted',
  'listSeparator',
  'fileFailed',
  'charsLeft',
  'charsAtLimit',
  'charsOver',
  'pasteTooLong',
  'rowLimit',
  'invalidDate',
  'invalidTime',
  'invalidChoice',
  'loading',
  'loadFailed',
  'syncedFromTab',
  'clearedInTab',
  'newerInTab',
  'notReplaced',
  'keptDamaged',
  'keptNewer',
  'keptNotKept',
  'keptDeleted',
  'keptFileName',
  'cleared',
  'saved',
  'storageFull',
  'storageFailed',
  'fileName',
] as const satisfies ReadonlyArray<keyof Dictionary['worksheet']>;
export type WorksheetScriptText = Pick<Dictionary['worksheet'], (typeof SCRIPT_KEYS)[number]>;

export const FILE_KEYS = [
  'importDone',
  'importFailed',
  'importTooBig',
  'importNoContent',
  'importMissing',
  'importCutOff',
  'importDuplicate',
  'importTooManyRows',
  'importTooLong',
  'importEmpty',
  'importCancelled',
  'importNotSaved',
  'reviewFile',
  'reviewCurrent',
  'reviewCurrentEmpty',
  'countSums',
  'countRisks',
  'countContacts',
  'countOwed',
  'reviewNotes',
  'noteSkipped',
  'noteColumn',
  'noteValue',
  'undone',
  'reviewTitle',
  'replace',
  'keep',
  'undo',
] as const satisfies ReadonlyArray<keyof Dictionary['worksheet']>;
export type WorksheetFileText = Pick<Dictionary['worksheet'], (typeof FILE_KEYS)[number]>;

/** The messages of an amount that cannot be read (the only numbers the worksheet reads). */
export const AMOUNT_ERRORS = [
  'notNumber',
  'ambiguousComma',
  'negative',
  'tooPrecise',
  'notPositive',
  'amountTooLarge',
] as const satisfies ReadonlyArray<NumberError>;
export type AmountErrorText = Partial<Record<NumberError, string>>;

/** What the worksheet's script is handed in `data-strings`. */
export interface WorksheetStrings {
  /** BCP 47 tag: money and dates are written in it. */
  locale: string;
  worksheet: WorksheetScriptText;
  errors: AmountErrorText;
}

const pick = <T extends object, K extends keyof T>(from: T, keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, from[key]])) as Pick<T, K>;

export function worksheetStrings(locale: string, dict: Dictionary): WorksheetStrings {
  return { locale, worksheet: pick(dict.worksheet, SCRIPT_KEYS), errors: pick(dict.forms.errors, AMOUNT_ERRORS) };
}

export function fileText(dict: Dictionary): WorksheetFileText {
  return pick(dict.worksheet, FILE_KEYS);
}
