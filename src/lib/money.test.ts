import { describe, expect, it } from 'vitest';
import { cleanNumberText, formatFen, parseAmount, parseDecimal } from './money';

describe('parseAmount', () => {
  it('reads yuan as integer fen, exactly', () => {
    expect(parseAmount('1234.5')).toEqual({ ok: true, value: 123450 });
    expect(parseAmount('¥1,234.56')).toEqual({ ok: true, value: 123456 });
    expect(parseAmount('０．１')).toEqual({ ok: true, value: 10 });
    expect(parseAmount('12 000 元')).toEqual({ ok: true, value: 1200000 });
    expect(parseAmount('.5')).toEqual({ ok: true, value: 50 });
  });

  it('adds without floating-point drift', () => {
    const sum = ['0.1', '0.2'].map((s) => parseAmount(s)).reduce((a, p) => a + (p.ok ? p.value : 0), 0);
    expect(sum).toBe(30);
    expect(0.1 + 0.2).not.toBe(0.3);
  });

  it('names what is wrong', () => {
    expect(parseAmount('')).toEqual({ ok: false, error: 'empty' });
    expect(parseAmount('   ')).toEqual({ ok: false, error: 'empty' });
    expect(parseAmount('abc')).toEqual({ ok: false, error: 'notNumber' });
    expect(parseAmount('1e5')).toEqual({ ok: false, error: 'notNumber' });
    expect(parseAmount('.')).toEqual({ ok: false, error: 'notNumber' });
    expect(parseAmount('-5')).toEqual({ ok: false, error: 'negative' });
    expect(parseAmount('1.234')).toEqual({ ok: false, error: 'tooPrecise' });
    expect(parseAmount('0')).toEqual({ ok: false, error: 'notPositive' });
    expect(parseAmount('0', { allowZero: true })).toEqual({ ok: true, value: 0 });
    expect(parseAmount('100000001')).toEqual({ ok: false, error: 'amountTooLarge' });
    expect(parseAmount('9'.repeat(30))).toEqual({ ok: false, error: 'amountTooLarge' });
  });
});

describe('commas', () => {
  it('reads a comma before exactly three digits as a thousands separator', () => {
    expect(parseAmount('1,000')).toEqual({ ok: true, value: 100000 });
    expect(parseAmount('1,234,567.8')).toEqual({ ok: true, value: 123456780 });
    expect(parseAmount('１，０００')).toEqual({ ok: true, value: 100000 });
  });
  it('asks about any other comma rather than guessing', () => {
    expect(parseAmount('1000,50')).toEqual({ ok: false, error: 'ambiguousComma' });
    expect(parseAmount('1,5')).toEqual({ ok: false, error: 'ambiguousComma' });
    expect(parseAmount('1,0000')).toEqual({ ok: false, error: 'ambiguousComma' });
    expect(parseAmount('1,000,5')).toEqual({ ok: false, error: 'ambiguousComma' });
    expect(parseDecimal('1,0', 4)).toEqual({ ok: false, error: 'ambiguousComma' });
  });
});

describe('parseDecimal', () => {
  it('scales and ignores trailing zeros', () => {
    expect(parseDecimal('0.05%', 6)).toEqual({ ok: true, value: 50000 });
    expect(parseDecimal('1.50000', 1)).toEqual({ ok: true, value: 15 });
    expect(cleanNumberText('￥１，２３４。５')).toBe('1234.5');
  });
});

describe('formatFen', () => {
  it('writes yuan with the currency sign and grouping', () => {
    expect(formatFen(123450, 'zh-CN')).toBe('¥1,234.50');
    expect(formatFen(123450, 'en')).toBe('¥1,234.50');
    expect(formatFen(0, 'en')).toBe('¥0.00');
    expect(formatFen(5, 'zh-CN')).toBe('¥0.05');
  });
});
