import { describe, expect, it } from 'vitest';
import { estimate, penaltyFen, readEstimateInput } from './estimate';

// ¥10,000 overdue, 0.05% a day, penalty multiple 1.5: 10000 × 0.0005 × 1.5 = ¥7.50 a day.
const example = { amountFen: 1_000_000, rate: 50_000, multiple: 15_000, days: 30 };

describe('estimate (simple daily interest, no compounding)', () => {
  it('matches hand-computed figures', () => {
    const result = estimate(example);
    expect(result.dayFen).toBe(750);
    expect(result.weekFen).toBe(5250);
    expect(result.monthFen).toBe(22500);
    expect(result.soFarFen).toBe(22500);
    expect(result.points.map((p) => p.ahead)).toEqual([0, 15, 30, 45, 60, 75, 90]);
    expect(result.points.at(0)?.totalFen).toBe(22500);
    // 120 days × ¥7.50 = ¥900.00
    expect(result.points.at(-1)?.totalFen).toBe(90000);
  });

  it('rounds once, half up, to the fen', () => {
    // ¥1,234.56 × 0.0005 × 1.5 = ¥0.92592 a day → 93 fen; 7 days = ¥6.48144 → 648 fen (not 7 × 93).
    const input = { amountFen: 123_456, rate: 50_000, multiple: 15_000 };
    expect(penaltyFen(input, 1)).toBe(93);
    expect(penaltyFen(input, 7)).toBe(648);
    // 1 fen × 0.5% × 1 × 100 days = 0.5 fen → 1 fen
    expect(penaltyFen({ amountFen: 1, rate: 500_000, multiple: 10_000 }, 100)).toBe(1);
    expect(penaltyFen({ amountFen: 1, rate: 490_000, multiple: 10_000 }, 100)).toBe(0);
  });

  it('stays exact at the largest accepted inputs', () => {
    const big = { amountFen: 10_000_000_000, rate: 1_000_000, multiple: 100_000 };
    // ¥100,000,000 × 1% × 10 × 3650 days = ¥36,500,000,000
    expect(penaltyFen(big, 3650)).toBe(3_650_000_000_000);
  });
});

describe('readEstimateInput', () => {
  const good = { amountFen: '10000', rate: '0.05', multiple: '1.5', days: '30' };

  it('reads good input', () => {
    expect(readEstimateInput(good)).toEqual({ ok: true, input: example });
    expect(readEstimateInput({ ...good, rate: '0.05%', days: '0' })).toEqual({
      ok: true,
      input: { ...example, days: 0 },
    });
  });

  it.each([
    ['amountFen', '', 'empty'],
    ['amountFen', '-100', 'negative'],
    ['amountFen', 'abc', 'notNumber'],
    ['amountFen', '0', 'notPositive'],
    ['rate', '1.5', 'rateTooHigh'],
    ['rate', '0', 'notPositive'],
    ['rate', 'abc', 'rateNotNumber'],
    ['multiple', '', 'empty'],
    ['multiple', '11', 'multipleTooHigh'],
    ['multiple', '1,5', 'ambiguousComma'],
    ['days', '100000', 'daysTooMany'],
    ['days', '2.5', 'daysNotWhole'],
    ['days', '-1', 'negative'],
    ['days', 'ten', 'daysNotNumber'],
  ] as const)('%s = "%s" → %s', (field, value, error) => {
    expect(readEstimateInput({ ...good, [field]: value })).toEqual({ ok: false, errors: { [field]: error } });
  });

  it('reports every bad field at once', () => {
    const result = readEstimateInput({ amountFen: '', rate: 'x', multiple: '-1', days: '100000' });
    expect(result).toEqual({
      ok: false,
      errors: { amountFen: 'empty', rate: 'rateNotNumber', multiple: 'negative', days: 'daysTooMany' },
    });
  });
});
