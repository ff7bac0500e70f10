/**
 * Numbers a reader types, read exactly: amounts become integer fen (1 yuan = 100 fen) and rates
 * become integers at a fixed scale, so no sum ever drifts the way binary floating point does.
 */

/** Why a typed number was refused; each key has a message in the tools dictionary. */
export type NumberError =
  | 'empty'
  | 'notNumber'
  | 'rateNotNumber'
  | 'multipleNotNumber'
  | 'daysNotNumber'
  | 'ambiguousComma'
  | 'negative'
  | 'tooPrecise'
  | 'notPositive'
  | 'amountTooLarge'
  | 'rateTooHigh'
  | 'multipleTooHigh'
  | 'daysNotWhole'
  | 'daysTooMany';

export type Parsed = { ok: true; value: number } | { ok: false; error: NumberError };

/** The largest amount the tools accept: ¥100,000,000, far above any consumer loan, still exact. */
export const MAX_AMOUNT_FEN = 10_000_000_000;

/**
 * A comma is read as a thousands separator only when exactly three digits follow it (1,000 or
 * 12,345.60). Anything else ("1000,50", "1,5") may be a decimal comma: the reader is asked rather
 * than guessed for, since a wrong guess is off by a factor of a hundred.
 */
export function hasAmbiguousComma(text: string): boolean {
  return /,(?!\d{3}(?!\d))/.test(text.normalize('NFKC').replace(/[\s_'’]/g, ''));
}

/**
 * Tidies what phones and IMEs produce: full-width digits and punctuation (NFKC), grouping
 * commas, spaces, a currency sign or 元, a trailing %. What is left must be a plain decimal.
 */
export function cleanNumberText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s,_'’]/g, '')
    .replace(/^(?:CN)?[¥￥]|元$|%$/giu, '')
    .replace(/。/g, '.');
}

/** A decimal string as an integer count of 10^-scale units: ('1.5', 2) → 150. */
export function parseDecimal(text: string, scale: number): Parsed {
  const clean = cleanNumberText(text);
  if (clean === '') return { ok: false, error: 'empty' };
  if (hasAmbiguousComma(text)) return { ok: false, error: 'ambiguousComma' };
  const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(clean);
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) return { ok: false, error: 'notNumber' };
  const [, sign, whole = '', fraction = ''] = match;
  const digits = fraction.replace(/0+$/, '');
  if (digits.length > scale) return { ok: false, error: 'tooPrecise' };
  const value = Number(whole || '0') * 10 ** scale + Number(digits.padEnd(scale, '0') || '0');
  if (!Number.isSafeInteger(value)) return { ok: false, error: 'amountTooLarge' };
  if (sign === '-' && value !== 0) return { ok: false, error: 'negative' };
  return { ok: true, value };
}

/** An amount in yuan as fen. Zero is allowed where the caller allows it. */
export function parseAmount(text: string, { allowZero = false } = {}): Parsed {
  const parsed = parseDecimal(text, 2);
  if (!parsed.ok) return parsed;
  if (parsed.value === 0 && !allowZero) return { ok: false, error: 'notPositive' };
  if (parsed.value > MAX_AMOUNT_FEN) return { ok: false, error: 'amountTooLarge' };
  return parsed;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** Fen as the reader's currency text in a BCP 47 `locale`: 123450 → ¥1,234.50. */
export function formatFen(fen: number, locale: string): string {
  let format = formatters.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol' });
    formatters.set(locale, format);
  }
  // Intl takes yuan; fen / 100 is exact enough to print two decimals for any safe integer here.
  return format.format(fen / 100);
}
