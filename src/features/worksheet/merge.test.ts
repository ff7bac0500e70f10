import { describe, expect, it } from 'vitest';
import { mergePlans } from './merge';
import { blankRow, emptyPlan } from './plan';
import { SAMPLE } from './plan-samples';

const base = SAMPLE;
const withSum = (i: number, change: object) => base.sums.map((row, j) => (j === i ? { ...row, ...change } : row));

describe('merging this tab’s plan with a write from another tab', () => {
  it('keeps both when each changed a different field', () => {
    const mine = { ...base, sums: withSum(0, { details: '中' }) };
    const theirs = { ...base, owed: '999' };
    expect(mergePlans(base, mine, theirs)).toEqual({ ...base, owed: '999', sums: withSum(0, { details: '中' }) });
  });

  it('keeps both when each changed a different field of the same row', () => {
    const mine = { ...base, sums: withSum(0, { amount: '3100' }) };
    const theirs = { ...base, sums: withSum(0, { details: 'from B' }) };
    expect(mergePlans(base, mine, theirs).sums[0]).toEqual({ ...base.sums[0], amount: '3100', details: 'from B' });
  });

  it('lets this tab win where both changed the same field: the reader typed it last', () => {
    const mine = { ...base, owed: '1' };
    const theirs = { ...base, owed: '2', reserveAmount: '5' };
    expect(mergePlans(base, mine, theirs)).toEqual({ ...base, owed: '1', reserveAmount: '5' });
  });

  it('keeps a row added here and an edit made there, and rows added on both sides', () => {
    const added = { ...blankRow('risks'), risk: 'Bonus late' };
    const mine = { ...base, risks: [...base.risks, added] };
    const theirs = { ...base, risks: [{ ...base.risks[0]!, response: 'Ask my sister' }] };
    expect(mergePlans(base, mine, theirs).risks).toEqual([{ ...base.risks[0]!, response: 'Ask my sister' }, added]);
    const other = { ...blankRow('risks'), risk: 'Rent due' };
    const both = mergePlans(base, mine, { ...base, risks: [...base.risks, other] }).risks;
    expect(both).toEqual([...base.risks, added, other]);
  });

  it('lets the side that removed a row decide that list, and still merges the other fields', () => {
    const mine = { ...base, sums: base.sums.slice(1), owed: '1' };
    const theirs = { ...base, sums: withSum(3, { amount: '70' }), dueDate: '2027-01-01' };
    expect(mergePlans(base, mine, theirs)).toEqual({
      ...base,
      sums: base.sums.slice(1),
      owed: '1',
      dueDate: '2027-01-01',
    });
    expect(mergePlans(base, theirs, mine).sums).toEqual(base.sums.slice(1));
  });

  it('after the other tab cleared the plan, keeps only what this tab changed since', () => {
    const mine = { ...base, owed: '300' };
    expect(mergePlans(base, mine, emptyPlan())).toEqual({ ...emptyPlan(), owed: '300' });
  });

  it('changes nothing when the other tab wrote nothing new', () => {
    const mine = { ...base, owed: '300', contacts: [] };
    expect(mergePlans(base, mine, base)).toEqual(mine);
    expect(mergePlans(base, base, mine)).toEqual(mine);
  });
});
