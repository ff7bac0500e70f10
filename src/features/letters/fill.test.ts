import { describe, expect, it } from 'vitest';
import { t } from '../../i18n';
import { blankFields, fillTemplate, letterText, shownValue } from './fill';
import { FIELDS, type FieldKey, LETTER_KEYS, LETTERS, OPTIONAL_MARK, specKind } from './templates';

const zhLabel = (field: FieldKey) => t('zh').letters.fields[field].label;

const NEGOTIATE = {
  name: '张三',
  idLast4: '123X',
  phone: '138 0000 0000',
  overdueSince: '2026-09-15',
  loanAmount: '12,345.67',
  situation: '今年 8 月起收入减少。\r\n\r\n\r\n\r\n家人生病。  ',
  proposal: '12 月 31 日前先还 3000 元，其余分三个月还清。',
  date: '2026-11-28',
};

const text = (key: keyof typeof LETTERS, values?: Record<string, string>, locale = 'zh-CN') =>
  letterText(fillTemplate(LETTERS[key].letter.zh, locale, specKind, values), zhLabel);

describe('filling a letter', () => {
  it('fills every placeholder, dates in Chinese, money as typed with 元, the reader’s line breaks kept', () => {
    expect(text('negotiate', NEGOTIATE)).toBe(`微众银行客服：

你好。我是微粒贷借款人张三，身份证号后四位 123X，手机号 138 0000 0000。

我的微粒贷借款自 2026 年 9 月 15 日起逾期。
按微粒贷页面显示，目前待还 12,345.67 元。

我目前的情况是：今年 8 月起收入减少。

家人生病。

我希望和你们协商还款安排。我的想法是：12 月 31 日前先还 3000 元，其余分三个月还清。

请问能否按这个想法安排还款？如果不行，有哪些可以选择的安排？请通过电话 138 0000 0000 或书面形式回复我。

谢谢。

张三
2026 年 11 月 28 日`);
  });

  it('writes dates in the rendering’s language', () => {
    const rendering = letterText(
      fillTemplate(LETTERS.negotiate.letter.renderings.en, 'en-GB', specKind, NEGOTIATE),
      zhLabel,
    );
    expect(rendering).toContain('overdue since 15 September 2026.');
    expect(rendering.endsWith('张三\n28 November 2026')).toBe(true);
  });

  it('drops an optional line whose field is empty, and the empty line it leaves', () => {
    const filled = text('negotiate', { ...NEGOTIATE, overdueSince: ' ', loanAmount: '' });
    expect(filled).not.toContain('逾期。');
    expect(filled).not.toContain('待还');
    expect(filled).not.toContain(OPTIONAL_MARK);
    expect(filled).toContain('138 0000 0000。\n\n我目前的情况是');
    const complaint = text('complaint', { name: '李四', whatHappened: 'x', whatYouAsk: 'y', date: '2026-11-28' });
    expect(complaint).not.toContain('附件');
    expect(complaint).toContain('告诉我处理结果。\n\n此致\n敬礼');
  });

  it('keeps an optional line once its field is filled', () => {
    expect(text('objection', { evidence: '还款凭证截图' })).toContain('\n附件：还款凭证截图\n');
  });

  it('shows an empty required field as a labelled blank, and lists the blanks once each', () => {
    const lines = fillTemplate(LETTERS.negotiate.letter.zh, 'zh-CN', specKind, { name: '张三' });
    expect(blankFields(lines)).toEqual(['idLast4', 'phone', 'situation', 'proposal', 'date']);
    expect(letterText(lines, zhLabel)).toContain('身份证号后四位 〔身份证号后四位〕，手机号 〔手机号〕。');
    const situation = lines
      .flatMap((line) => line.parts)
      .find((part) => part.kind === 'blank' && part.field === 'situation');
    expect(situation).toEqual({ kind: 'blank', field: 'situation', long: true });
  });

  it('the blank template (no values) keeps every line, optional ones included, each field a blank', () => {
    for (const key of LETTER_KEYS) {
      const lines = fillTemplate(LETTERS[key].letter.zh, 'zh-CN', specKind);
      const inTemplate = [...LETTERS[key].letter.zh.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect(blankFields(lines)).toEqual([...new Set(inTemplate)]);
      expect(lines.flatMap((line) => line.parts).some((part) => part.kind === 'value')).toBe(false);
      expect(letterText(lines, zhLabel)).not.toContain(OPTIONAL_MARK);
      expect(lines.length).toBe(LETTERS[key].letter.zh.split('\n').length);
    }
  });

  it('shows a value as it will read: trimmed, one line for a short field, a date only when it is one', () => {
    expect(shownValue('text', '  张\n三  ', 'zh-CN')).toBe('张 三');
    expect(shownValue('date', '2026-02-30', 'zh-CN')).toBe('2026-02-30');
    expect(shownValue('date', '2026-12-01', 'en-GB')).toBe('1 December 2026');
    expect(shownValue('long', 'a  \n\n\n\nb', 'zh-CN')).toBe('a\n\nb');
    expect(shownValue('money', ' 500 ', 'zh-CN')).toBe('500');
  });
});

describe('the templates', () => {
  it.each(LETTER_KEYS)('%s: every placeholder is a field the letter asks for, and every field is used', (key) => {
    const spec = LETTERS[key];
    const texts = [spec.letter.zh, ...Object.values(spec.letter.renderings)];
    if (spec.script) texts.push(spec.script.zh, ...Object.values(spec.script.renderings));
    const used = new Set(texts.flatMap((s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1])));
    expect([...used].sort()).toEqual([...spec.fields].sort());
    // A rendering has the same placeholders as the Chinese it renders, in order, optional where it is.
    const shape = (s: string) =>
      s.split('\n').flatMap((line) => [...line.matchAll(/\{\w+\}/g)].map((m) => m[0] + line.endsWith(OPTIONAL_MARK)));
    for (const rendering of Object.values(spec.letter.renderings))
      expect(shape(rendering)).toEqual(shape(spec.letter.zh));
  });

  it.each(LETTER_KEYS)('%s: an optional line holds optional fields only', (key) => {
    const spec = LETTERS[key];
    for (const template of [spec.letter.zh, spec.script?.zh ?? '']) {
      for (const line of template.split('\n').filter((l) => l.endsWith(OPTIONAL_MARK))) {
        for (const m of line.matchAll(/\{(\w+)\}/g)) expect(FIELDS[m[1] as FieldKey].required).toBe(false);
      }
    }
  });

  it.each(LETTER_KEYS)(
    '%s: Chinese typography, filled in (你, full-width punctuation, spaces around digits)',
    (key) => {
      const spec = LETTERS[key];
      const values: Record<string, string> = {
        ...NEGOTIATE,
        recipient: '微众银行',
        entryDescription: '逾期记录',
        whyWrong: '已按时还款',
        correction: '删除',
        evidence: '截图',
        whatHappened: '催收电话',
        whatYouAsk: '调查',
        attachments: '截图',
        contactedBank: '已反映',
      };
      for (const template of [spec.letter.zh, spec.script?.zh ?? '']) {
        for (const filled of [
          text(key, values),
          letterText(fillTemplate(template, 'zh-CN', specKind, values), zhLabel),
        ]) {
          expect(filled).not.toContain('您');
          expect(filled).not.toMatch(/\p{Script=Han}[,.:;!?()]|[,.:;!?()]\p{Script=Han}/u);
          expect(filled).not.toMatch(/\p{Script=Han}[A-Za-z0-9]|[A-Za-z0-9]\p{Script=Han}/u);
          expect(filled).not.toMatch(/\p{Script=Han} +\p{Script=Han}/u);
        }
      }
    },
  );
});
