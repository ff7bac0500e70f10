import type { Lang } from '../lib/languages';

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

/** A part's heading as the source article numbers it: 一、标题 in Chinese, "1. Title" in English. */
export function numberedTitle(lang: Lang, n: number, title: string): string {
  return lang === 'zh' ? `${chineseNumeral(n)}、${title}` : `${n}. ${title}`;
}
