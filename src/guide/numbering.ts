import type { ReadingText } from '../i18n/dictionary';
import { format } from '../lib/text';

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十: enough for a guide's part numbers. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) {
    throw new RangeError(`chineseNumeral: ${n} is outside 0–99`);
  }
  if (n <= 10) return CHINESE_DIGITS[n] as string;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensPart = tens === 1 ? '十' : `${CHINESE_DIGITS[tens]}十`;
  return ones === 0 ? tensPart : `${tensPart}${CHINESE_DIGITS[ones]}`;
}

/**
 * A part's heading as the source article numbers it, in the language's own style (its
 * dictionary's `reading.partTitle` and `reading.numerals`): 一、标题, "1. Title".
 */
export function numberedTitle(style: Pick<ReadingText, 'partTitle' | 'numerals'>, n: number, title: string): string {
  const numeral = style.numerals === 'chinese' ? chineseNumeral(n) : String(n);
  return format(style.partTitle, { numeral, title });
}

/** A page's title as readers see it: numbered for the article's parts, plain for other pages. */
export function pageTitle(
  style: Pick<ReadingText, 'partTitle' | 'numerals'>,
  page: { number: number; title: string },
): string {
  return page.number > 0 ? numberedTitle(style, page.number, page.title) : page.title;
}
