import { describe, expect, it } from 'vitest';
import { planFileLabels } from './file-labels';

const ALL_PLAN_LABELS = Object.values(planFileLabels);

import { escapeCell, planFromMarkdown, planToMarkdown, splitRow, unescapeCell } from './file-format';
import { compactPlan, emptyPlan, isEmptyPlan, type Plan, planTotals, toPlan } from './plan';

const plan: Plan = {
  owed: '12,345.67',
  dueDate: '2026-12-31',
  sums: [
    { date: '2026-12-01', amount: '3000', source: 'spending', details: '少点外卖 | 自己做饭' },
    { date: '', amount: '', source: '', details: '' },
    {
      date: '2026-12-10',
      amount: '5000.5',
      source: 'family',
      details: 'Line one\nline two with \\ and <br> literally',
    },
    { date: '2026-12-20', amount: '', source: 'other', details: '' },
  ],
  risks: [{ risk: '工资晚发', response: '先用备用资金' }],
  reserveAmount: '800',
  reserveDetails: 'In a separate account\nnot touched',
  calls: [{ date: '2026-11-28', agreed: 'Agreed to pay by 12-31 | ref 123' }],
};

describe('plan totals', () => {
  it('adds valid amounts in fen and shows the shortfall', () => {
    expect(planTotals(plan)).toEqual({
      plannedFen: 800050,
      owedFen: 1234567,
      differenceFen: 800050 - 1234567,
      unreadable: 0,
    });
  });

  it('counts unreadable amounts apart and waits for the amount owed', () => {
    const totals = planTotals({ ...plan, owed: '', sums: [...plan.sums, { ...plan.sums[0]!, amount: 'lots' }] });
    expect(totals).toMatchObject({ plannedFen: 800050, owedFen: null, differenceFen: null, unreadable: 1 });
  });

  it('shows a margin when the plan raises more than is owed', () => {
    expect(planTotals({ ...plan, owed: '8000' }).differenceFen).toBe(50);
  });
});

describe('stored plans', () => {
  it('survive a JSON round trip and tolerate junk', () => {
    expect(toPlan(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
    expect(toPlan(null)).toEqual(emptyPlan());
    expect(toPlan({ owed: 5, sums: [{ source: 'bogus', amount: '1' }, 'x'] })).toEqual({
      ...emptyPlan(),
      sums: [{ date: '', amount: '1', source: '', details: '' }],
    });
    expect(isEmptyPlan({ ...emptyPlan(), sums: [{ date: '', amount: '', source: '', details: '' }] })).toBe(true);
    expect(isEmptyPlan(plan)).toBe(false);
  });
});

describe('plan as Markdown', () => {
  it('escapes cells so any text survives', () => {
    for (const text of ['a|b', 'back\\slash', '<br>', 'two\nlines', '\\|', 'x\\<br>y']) {
      expect(unescapeCell(escapeCell(text))).toBe(text);
    }
    expect(splitRow('| a | b\\|c |   | d |')).toEqual(['a', 'b|c', '', 'd']);
  });

  it.each(['zh', 'en'] as const)('round-trips in %s', (lang) => {
    const labels = planFileLabels[lang];
    const markdown = planToMarkdown(plan, labels, '2026-11-27', ['Total: ¥8,000.50']);
    expect(markdown).toContain(`# ${labels.title}`);
    expect(markdown).toContain(labels.sources.spending);
    expect(planFromMarkdown(markdown, ALL_PLAN_LABELS)).toEqual(compactPlan(plan));
  });

  it('writes the article’s wording for the sources', () => {
    const md = planToMarkdown(plan, planFileLabels.zh, '2026-11-27');
    expect(md).toContain('| 2026-12-01 | 3000 | 减少非必要开支 | 少点外卖 \\| 自己做饭 |');
    expect(md).toContain('- 需全额偿还的金额（元）：12,345.67');
  });

  it('reads a Chinese export on the English page and back', () => {
    const md = planToMarkdown(plan, planFileLabels.zh, '2026-11-27');
    const again = planToMarkdown(planFromMarkdown(md, ALL_PLAN_LABELS)!, planFileLabels.en, '2026-11-27');
    expect(planFromMarkdown(again, ALL_PLAN_LABELS)).toEqual(compactPlan(plan));
  });

  it('refuses a file that is not a plan, and reads an empty plan', () => {
    expect(planFromMarkdown('# Shopping list\n- milk', ALL_PLAN_LABELS)).toBeNull();
    const empty = planToMarkdown(emptyPlan(), planFileLabels.en, '2026-11-27');
    expect(planFromMarkdown(empty, ALL_PLAN_LABELS)).toEqual(emptyPlan());
    expect(planFromMarkdown(`\uFEFF${empty.replace(/\n/g, '\r\n')}`, ALL_PLAN_LABELS)).toEqual(emptyPlan());
  });
});
