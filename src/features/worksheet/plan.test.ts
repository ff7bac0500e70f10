import { describe, expect, it } from 'vitest';
import {
  blankRow,
  compactPlan,
  contactOrder,
  emptyPlan,
  isEmptyPlan,
  LIMITS,
  overLimits,
  planProblems,
  planTotals,
  valueProblem,
} from './plan';
import { SAMPLE } from './plan-samples';

describe('plan totals', () => {
  it('adds valid amounts in fen and shows the shortfall', () => {
    expect(planTotals(SAMPLE)).toEqual({
      plannedFen: 800050,
      owedFen: 1234567,
      differenceFen: 800050 - 1234567,
      unreadable: 0,
    });
  });

  it('counts unreadable amounts apart and waits for the amount owed', () => {
    const totals = planTotals({ ...SAMPLE, owed: '', sums: [...SAMPLE.sums, { ...SAMPLE.sums[0]!, amount: 'lots' }] });
    expect(totals).toMatchObject({ plannedFen: 800050, owedFen: null, differenceFen: null, unreadable: 1 });
  });

  it('shows a margin when the plan raises more than is owed', () => {
    expect(planTotals({ ...SAMPLE, owed: '8000' }).differenceFen).toBe(50);
  });
});

describe('empty plans and blank rows', () => {
  it('drops only rows that hold nothing', () => {
    expect(compactPlan(SAMPLE).sums).toHaveLength(3);
    expect(isEmptyPlan({ ...emptyPlan(), sums: [blankRow('sums')], contacts: [blankRow('contacts')] })).toBe(true);
    expect(isEmptyPlan(SAMPLE)).toBe(false);
  });
});

describe('values kept as they are', () => {
  it.each([
    ['date', '2026-02-30', 'date'],
    ['date', 'next Friday', 'date'],
    ['date', '2026-02-28', undefined],
    ['time', '25:00', 'time'],
    ['time', '09:05', undefined],
    ['amount', '12abc', 'amount'],
    ['amount', '1,000.50', undefined],
    ['owed', '0', 'amount'],
    ['amount', '0', undefined],
    ['source', '卖车', 'choice'],
    ['source', 'sell', undefined],
    ['how', 'wechat', undefined],
    ['how', 'letter', 'choice'],
    ['details', 'anything at all', undefined],
    ['date', '', undefined],
  ])('%s "%s" → %s', (field, value, problem) => {
    expect(valueProblem(field, value)).toBe(problem);
  });

  it('finds each problem with its place', () => {
    const plan = { ...SAMPLE, dueDate: 'soon', sums: [{ ...SAMPLE.sums[0]!, amount: 'x' }] };
    expect(planProblems(plan).map(({ place, problem }) => ({ place, problem }))).toEqual([
      { place: { field: 'dueDate' }, problem: 'date' },
      { place: { list: 'sums', index: 0, field: 'amount' }, problem: 'amount' },
    ]);
  });
});

describe('limits', () => {
  it('are far above a real plan and find what goes beyond them', () => {
    expect(LIMITS.rows).toBeGreaterThanOrEqual(365);
    expect(overLimits(SAMPLE)).toEqual([]);
    const long = 'x'.repeat(LIMITS.long + 1);
    const plan = {
      ...SAMPLE,
      contacts: Array.from({ length: LIMITS.rows + 1 }, () => ({ ...blankRow('contacts'), said: 'call' })),
      risks: [{ risk: long, response: '' }],
      owed: '1'.repeat(LIMITS.short + 1),
    };
    expect(overLimits(plan)).toEqual([
      { kind: 'rows', list: 'contacts', count: LIMITS.rows + 1, max: LIMITS.rows },
      { kind: 'length', place: { field: 'owed' }, value: plan.owed, length: LIMITS.short + 1, max: LIMITS.short },
      {
        kind: 'length',
        place: { list: 'risks', index: 0, field: 'risk' },
        value: long,
        length: LIMITS.long + 1,
        max: LIMITS.long,
      },
    ]);
    expect(overLimits({ ...SAMPLE, risks: [{ risk: 'x'.repeat(LIMITS.long), response: '' }] })).toEqual([]);
  });
});

describe('the contact log in time order', () => {
  it('sorts by date and time, keeps the order of entry for ties, and puts undated contacts last', () => {
    const at = (date: string, time = '') => ({ ...blankRow('contacts'), date, time });
    const contacts = [at(''), at('2026-11-28', '14:30'), at('2026-11-28'), at('not a date'), at('2026-11-20', '09:00')];
    expect(contactOrder(contacts)).toEqual([4, 2, 1, 0, 3]);
  });
});
