import { describe, expect, it } from 'vitest';
import { t } from '../../i18n';
import { LANGS } from '../../lib/languages';
import { escapeCell, planToMarkdown, readPlanMarkdown, splitRow, unescapeCell } from './file-format';
import { planFileLabels, READABLE_PLAN_LABELS } from './file-labels';
import { blankRow, compactPlan, emptyPlan, LIMITS, type Plan, sortedContacts } from './plan';
import { listOf, loadFileText } from './plan-file';
import { SAMPLE } from './plan-samples';
import { fileText } from './strings';

const read = (markdown: string) => readPlanMarkdown(markdown, READABLE_PLAN_LABELS);
const exported = (plan: Plan, lang: 'zh' | 'en' = 'zh') => planToMarkdown(plan, planFileLabels[lang], '2026-11-27');
/** What an import gives back: the plan without blank rows, its contacts in time order. */
const expected = (plan: Plan) => {
  const compact = compactPlan(plan);
  return { ...compact, contacts: sortedContacts(compact.contacts) };
};

describe('cells', () => {
  it('escape so any text survives', () => {
    for (const text of ['a|b', 'back\\slash', '<br>', 'two\nlines', '\\|', 'x\\<br>y']) {
      expect(unescapeCell(escapeCell(text))).toBe(text);
    }
    expect(splitRow('| a | b\\|c |   | d |')).toEqual(['a', 'b|c', '', 'd']);
  });
});

describe('export and import', () => {
  it.each(['zh', 'en'] as const)('round-trip in %s, the contact log in time order', (lang) => {
    const labels = planFileLabels[lang];
    const markdown = planToMarkdown(SAMPLE, labels, '2026-11-27', ['Total: ¥8,000.50']);
    expect(markdown).toContain(`# ${labels.title}`);
    expect(markdown).toContain(`## ${labels.contactsSection}`);
    expect(markdown).toContain('> Total: ¥8,000.50');
    expect(markdown.trimEnd().endsWith(labels.end)).toBe(true);
    expect(markdown.indexOf('2026-11-20')).toBeLessThan(markdown.indexOf('2026-11-28'));
    expect(read(markdown)).toEqual({ ok: true, plan: expected(SAMPLE), notes: [] });
  });

  it('writes the article’s wording for the sources and the ways of contact', () => {
    const md = exported(SAMPLE);
    expect(md).toContain('| 2026-12-01 | 3000 | 减少非必要开支 | 少点外卖 \\| 自己做饭 |');
    expect(md).toContain('- 需全额偿还的金额（元）：12,345.67');
    expect(md).toContain(
      '| 2026-11-28 | 14:30 | 王先生 | 95384 | 电话 | Asked when I can pay \\| ref 123 | He will send the amount by SMS | Pay in full by 31 Dec |',
    );
  });

  it('reads a Chinese export on the English page and back', () => {
    const first = read(exported(SAMPLE));
    if (!first.ok) throw new Error('refused');
    expect(read(exported(first.plan, 'en'))).toEqual({ ok: true, plan: expected(SAMPLE), notes: [] });
  });

  it('reads a file with the most contacts a plan may have, each a long note', () => {
    const contacts = Array.from({ length: LIMITS.rows }, (_, i) => ({
      ...blankRow('contacts'),
      date: `2026-${String((i % 12) + 1).padStart(2, '0')}-10`,
      said: '催收人员来电，要求尽快还款。'.repeat(40),
    }));
    const markdown = exported({ ...emptyPlan(), owed: '1000', contacts });
    expect(markdown.length).toBeGreaterThan(300_000);
    const reading = read(markdown);
    expect(reading.ok && reading.plan.contacts.length).toBe(LIMITS.rows);
  });
});

const V1_ZH = `# 还款计划

导出日期：2026 年 11 月 27 日

## 需要偿还的金额

- 需全额偿还的金额（元）：12,345.67
- 还款截止日期：2026-12-31

## 计划筹集的款项

| 日期 | 金额（元） | 来源 | 说明 |
| --- | --- | --- | --- |
| 2026-12-01 | 3000 | 减少非必要开支 | 少点外卖 \\| 自己做饭 |

计划筹集：¥3,000.00；需偿还：¥12,345.67；还差 ¥9,345.67

## 可能出现的问题及应对措施

| 可能出现的问题 | 应对措施 |
| --- | --- |
| 工资晚发 | 先用备用资金 |

## 备用资金

- 金额（元）：800
- 说明：

## 与客服的沟通记录

| 日期 | 约定的内容 |
| --- | --- |
| 2026-11-28 | 12 月 31 日前还清 |
`;

describe('files from version 1', () => {
  it('import, each call a contact with its date and what was agreed', () => {
    expect(read(V1_ZH)).toEqual({
      ok: true,
      notes: [],
      plan: {
        owed: '12,345.67',
        dueDate: '2026-12-31',
        sums: [{ date: '2026-12-01', amount: '3000', source: 'spending', details: '少点外卖 | 自己做饭' }],
        risks: [{ risk: '工资晚发', response: '先用备用资金' }],
        reserveAmount: '800',
        reserveDetails: '',
        contacts: [{ ...blankRow('contacts'), date: '2026-11-28', agreed: '12 月 31 日前还清' }],
      },
    });
  });

  it('import in English, with the first-person section names', () => {
    const en = `# Repayment plan\n\nExported: 27 November 2026\n\n## What I must repay\n\n- Amount to repay in full (yuan): 500\n- Date it is due: 2026-12-31\n\n## Planned sums\n\n| Date | Amount (yuan) | Source | Details |\n| --- | --- | --- | --- |\n\n## What could go wrong, and what I will do\n\n| What could go wrong | What I will do |\n| --- | --- |\n\n## Reserve fund\n\n- Amount (yuan): \n- Details: \n\n## Calls with customer service\n\n| Date | What was agreed |\n| --- | --- |\n| 2026-11-28 | Pay by 31 Dec |\n`;
    const reading = read(en);
    expect(reading.ok && reading.plan.contacts).toEqual([
      { ...blankRow('contacts'), date: '2026-11-28', agreed: 'Pay by 31 Dec' },
    ]);
    expect(reading.ok && reading.plan.owed).toBe('500');
  });
});

describe('files that are refused, with the reason', () => {
  const full = exported(SAMPLE);
  it.each([
    ['another file', '# Shopping list\n- milk', { reason: 'notPlan' }],
    ['a note titled like a plan', '# 还款计划\n\n明天给客服打电话。\n', { reason: 'noContent' }],
    [
      'an export cut off after its first section',
      full.slice(0, full.indexOf('## 计划筹集的款项')),
      { reason: 'missing', sections: ['sums', 'risks', 'reserve', 'contacts'] },
    ],
    [
      'an export cut off in a row',
      full.slice(0, full.indexOf('王先生') + 3),
      { reason: 'cutOff', section: 'contacts' },
    ],
    [
      'an export cut off between rows',
      full.slice(0, full.indexOf('| 2026-11-28 | 14:30')),
      { reason: 'cutOff', section: 'contacts' },
    ],
    [
      'a section twice',
      full.replace(
        '## 备用资金',
        '## 可能出现的问题及应对措施\n\n| 可能出现的问题 | 应对措施 |\n| --- | --- |\n| 生病 | 找家人 |\n\n## 备用资金',
      ),
      { reason: 'duplicate', label: '可能出现的问题及应对措施' },
    ],
    [
      'a line twice',
      full.replace('- 还款截止日期：2026-12-31', '- 还款截止日期：2026-12-31\n- 还款截止日期：2027-01-31'),
      { reason: 'duplicate', label: '还款截止日期' },
    ],
    ['an empty plan', exported(emptyPlan()), { reason: 'empty' }],
  ])('%s', (_name, markdown, refusal) => {
    expect(read(markdown)).toEqual({ ok: false, refusal });
  });

  it('a file beyond the limits', () => {
    const rows = read(
      exported({
        ...SAMPLE,
        risks: Array.from({ length: LIMITS.rows + 1 }, (_, i) => ({ risk: `r${i}`, response: '' })),
      }),
    );
    expect(rows).toMatchObject({ ok: false, refusal: { reason: 'overLimit', over: { kind: 'rows', list: 'risks' } } });
    const long = read(exported({ ...SAMPLE, reserveDetails: 'x'.repeat(LIMITS.long + 1) }));
    expect(long).toMatchObject({
      ok: false,
      refusal: { reason: 'overLimit', over: { kind: 'length', place: { field: 'reserveDetails' }, length: 5001 } },
    });
  });
});

describe('what an import says it will do', () => {
  it('keeps values that need correcting and notes them; notes what it leaves out', () => {
    const edited = exported(SAMPLE)
      .replace('- 还款截止日期：2026-12-31', '- 还款截止日期：月底')
      .replace('| 3000 | 减少非必要开支 |', '| 3000 | 卖车 |')
      .replace('| 日期 | 金额（元） | 来源 | 说明 |', '| 日期 | 金额（元） | 来源 | 说明 | 备注 |')
      .replace('| 5000.5 | 寻求亲友支持 |', '| 5000.5元多 | 寻求亲友支持 |')
      .replace('## 备用资金', '随手记的一行\n\n## 备用资金');
    const edits = edited.replace(/(\| 少点外卖 \\\| 自己做饭 \|)/, '$1 找老王 |');
    const reading = read(edits);
    if (!reading.ok) throw new Error(JSON.stringify(reading.refusal));
    expect(reading.plan.dueDate).toBe('月底');
    expect(reading.plan.sums[0]?.source).toBe('卖车');
    expect(reading.notes).toEqual([
      { kind: 'skipped', lines: ['随手记的一行'] },
      { kind: 'column', section: 'sums', column: '备注', values: 1 },
      { kind: 'value', place: { field: 'dueDate' }, value: '月底', problem: 'date' },
      { kind: 'value', place: { list: 'sums', index: 0, field: 'source' }, value: '卖车', problem: 'choice' },
      { kind: 'value', place: { list: 'sums', index: 1, field: 'amount' }, value: '5000.5元多', problem: 'amount' },
    ]);
  });

  it('accepts a byte-order mark, Windows line ends and a missing space after an English colon', () => {
    const md = exported(SAMPLE, 'en').replace('Date it is due: ', 'Date it is due:');
    expect(read(`\uFEFF${md.replace(/\n/g, '\r\n')}`)).toEqual({ ok: true, plan: expected(SAMPLE), notes: [] });
  });
});

describe('the import’s words', () => {
  it.each(LANGS)('come with the import code from the %s dictionary', async (lang) => {
    expect(await loadFileText(lang)).toEqual(fileText(t(lang)));
  });
});

describe('lists in the review', () => {
  it('keep the Chinese space between 和 and a number', () => {
    expect(listOf('zh-CN', ['1 笔款项', '0 项可能出现的问题', '0 次联系记录'])).toBe(
      '1 笔款项、0 项可能出现的问题和 0 次联系记录',
    );
    expect(listOf('en-GB', ['1 sum', '2 problems', '3 contacts'])).toBe('1 sum, 2 problems and 3 contacts');
  });
});
