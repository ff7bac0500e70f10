import { describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { chineseNumeral, numberedTitle } from './numbering';

describe('chineseNumeral', () => {
  it.each([
    [1, '一'],
    [5, '五'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [42, '四十二'],
  ])('%i → %s', (n, expected) => {
    expect(chineseNumeral(n)).toBe(expected);
  });

  it('refuses numbers it cannot write', () => {
    expect(() => chineseNumeral(100)).toThrow(RangeError);
    expect(() => chineseNumeral(1.5)).toThrow(RangeError);
  });
});

describe('numberedTitle', () => {
  it('numbers parts the way the source article does in Chinese', () => {
    expect(numberedTitle(t('zh').reading, 3, '全款偿还策略')).toBe('三、全款偿还策略');
  });
  it('uses digits in English', () => {
    expect(numberedTitle(t('en').reading, 3, 'Strategies')).toBe('3. Strategies');
  });
});
