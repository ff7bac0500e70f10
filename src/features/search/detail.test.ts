import { describe, expect, it } from 'vitest';
import { askedQuantity, asksOnly, sentences, statesQuantity, titleRanges } from './detail';

describe('a question that asks for a quantity', () => {
  it('is told from one that only mentions a few days (Chinese)', () => {
    expect(askedQuantity('逾期记录多久才能消掉', 'han')).toBe('time');
    expect(askedQuantity('还完了征信啥时候能干净', 'han')).toBe('time');
    // Cantonese.
    expect(askedQuantity('逾期记录几耐先会冇咗', 'han')).toBe('time');
    expect(asksOnly('几耐', 'han')).toBe(true);
    expect(asksOnly('什么时候', 'han')).toBe(true);
    expect(askedQuantity('逾期几天会上征信', 'han')).toBe('time');
    expect(askedQuantity('宽限期一般有几天', 'han')).toBe('time');
    expect(askedQuantity('提交异议以后多少天给答复', 'han')).toBe('day');
    expect(askedQuantity('人工客服几点下班', 'han')).toBe('hour');
    expect(askedQuantity('罚息是正常利息的几倍', 'han')).toBe('multiple');
    // "A few days" is not a question.
    expect(askedQuantity('能不能宽限几天', 'han')).toBeUndefined();
    expect(askedQuantity('能不能再宽限我几天', 'han')).toBeUndefined();
    expect(askedQuantity('征信几年', 'han')).toBe('time');
    expect(askedQuantity('以为晚几天还没事', 'han')).toBeUndefined();
    expect(askedQuantity('前几年生意不好', 'han')).toBeUndefined();
    expect(askedQuantity('分几个月还', 'han')).toBeUndefined();
  });

  it('is told from one that only mentions a few days (English)', () => {
    expect(askedQuantity('How long does a late payment stay on my record?', 'latin')).toBe('time');
    expect(askedQuantity('how many  days overdue before they report me', 'latin')).toBe('day');
    expect(askedQuantity('12378 opening hours', 'latin')).toBe('hour');
    expect(askedQuantity('how many times higher is the penalty rate', 'latin')).toBe('multiple');
    expect(askedQuantity('is a few days late ok', 'latin')).toBeUndefined();
    // A count of things, not a length of time: the guide's "two free copies" answers it.
    expect(askedQuantity('how many free credit reports a year', 'latin')).toBeUndefined();
  });

  it('keeps apart the words that only ask from those that say what about', () => {
    expect(asksOnly('多久', 'han')).toBe(true);
    expect(asksOnly('几年', 'han')).toBe(true);
    expect(asksOnly('保留多久', 'han')).toBe(false);
    expect(asksOnly('how long', 'latin')).toBe(true);
    expect(asksOnly('opening hours', 'latin')).toBe(true);
    expect(asksOnly('clean again', 'latin')).toBe(false);
  });
});

describe('a quantity the guide states', () => {
  it('is a number with its unit, not the year a law was issued', () => {
    expect(statesQuantity('个人不良信息保存 5 年', 'year')).toBe(true);
    expect(statesQuantity('（国务院令第 631 号，2013 年）', 'year')).toBe(false);
    expect(statesQuantity('应当在 20 日内核查处理', 'day')).toBe(true);
    expect(statesQuantity('应当在 20 日内核查处理', 'year')).toBe(false);
    expect(statesQuantity('reply in writing within 20 days', 'time')).toBe(true);
    expect(statesQuantity('human agents 7:00–24:00', 'hour')).toBe(true);
    expect(statesQuantity('two free copies each year', 'time')).toBe(false);
    expect(statesQuantity('罚息为利率的 1.5 倍', 'multiple')).toBe(true);
    expect(statesQuantity('罚息为利率的 1.5 倍', 'time')).toBe(false);
    expect(statesQuantity('保存 5 年', 'multiple')).toBe(false);
  });

  it('is read sentence by sentence, with titles set apart', () => {
    const zh = '保存 5 年。由此可知，还清不能让记录消失！下一句';
    expect(sentences(zh, 0, zh.length).map(([a, b]) => zh.slice(a, b))).toEqual([
      '保存 5 年。',
      '由此可知，还清不能让记录消失！',
      '下一句',
    ]);
    const en = 'Kept for 5 years. (Credit Reporting Regulation, Art. 16). Next';
    expect(sentences(en, 0, en.length).map(([a, b]) => en.slice(a, b).trim())).toEqual([
      'Kept for 5 years.',
      '(Credit Reporting Regulation, Art. 16).',
      'Next',
    ]);
    const law = '根据《征信业管理条例》第十六条';
    expect(titleRanges(law, 0, law.length, 'han').map(([a, b]) => law.slice(a, b))).toEqual(['《征信业管理条例》']);
    const title = 'Under the Regulation on the Administration of the Credit Reporting Industry (2013), credit';
    expect(titleRanges(title, 0, title.length, 'latin').map(([a, b]) => title.slice(a, b))).toEqual([
      'Regulation on the Administration of the Credit Reporting Industry',
    ]);
  });
});
