import { describe, expect, it } from 'vitest';
import { looseSound, Pinyin } from './pinyin';
import { stem, stemKey } from './stem';
import { closestWord, distance } from './typo';
import { commonWords, missingGuideWords } from './words';

describe('stem', () => {
  it('meets word forms at one stem', () => {
    for (const [a, b] of [
      ['payments', 'payment'],
      ['paying', 'pay'],
      ['collectors', 'collector'],
      ['calling', 'called'],
      ['charges', 'charging'],
      ['stopped', 'stop'],
      ["borrower's", 'borrower'],
      ['owed', 'owe'],
      ['owing', 'owes'],
    ])
      expect(stem(a as string), `${a} / ${b}`).toBe(stem(b as string));
    expect(stem('fee')).toBe('fee');
    expect(stemKey('Grace Periods')).toBe('grac period');
  });
});

describe('typos', () => {
  it('counts one slip, including two letters swapped', () => {
    expect(distance('intrest', 'interest', 2)).toBe(1);
    expect(distance('colectors', 'collectors', 2)).toBe(1);
    expect(distance('teh', 'the', 2)).toBe(1);
  });
  it('settles a tie by the letter left out', () => {
    expect(closestWord('amout', [new Set(['amount', 'about'])])).toBe('amount');
    expect(closestWord('amout', [new Set(['amount', 'amounts', 'about', 'mount'])])).toBe('amount');
    expect(closestWord('bount', [new Set(['bounty', 'bounts'])])).toBeUndefined();
  });
  it('mends a misspelt word to the one nearest word, never a short one, never on a tie', () => {
    const words = new Set(['interest', 'collectors', 'step', 'payment']);
    expect(closestWord('intrest', [words])).toBe('interest');
    expect(closestWord('stop', [words])).toBeUndefined();
    expect(closestWord('paymant', [words, new Set(['paymint'])])).toBeUndefined();
  });
  it('mends a four-letter word only by swapping two letters back', () => {
    const words = new Set(['jail', 'step', 'loan']);
    expect(closestWord('jial', [words])).toBe('jail');
    expect(closestWord('laon', [words])).toBe('loan');
    expect(closestWord('stap', [words])).toBeUndefined();
    // Two words it could be: left alone.
    expect(closestWord('abdc', [new Set(['badc', 'abcd'])])).toBeUndefined();
  });
});

describe('pinyin', () => {
  const pinyin = new Pinyin({ zheng: '征正', xin: '信心', ke: '客', fu: '服', xian: '先', xi: '西', an: '安' });
  it('hears characters that read alike', () => {
    expect(pinyin.soundsAlike('正信', '征信')).toBe(true);
    expect(pinyin.soundsAlike('正信', '征服')).toBe(false);
  });
  it('hears loosely, as many southern readers say them, only when asked to', () => {
    const sounds = new Pinyin({ tou: '投', su: '诉', shu: '述', liu: '流', niu: '牛', xin: '信', xing: '星' });
    expect(sounds.soundsAlike('投述', '投诉')).toBe(false);
    expect(sounds.soundsAlike('投述', '投诉', true)).toBe(true);
    expect(sounds.soundsAlike('星', '信', true)).toBe(true);
    expect(looseSound('zhang')).toBe('zan');
    expect(looseSound('lü')).toBe('nü');
  });
  it('splits typed pinyin into syllables, longest first', () => {
    expect(pinyin.splits('kefu')).toEqual([['ke', 'fu']]);
    expect(pinyin.splits('xian')[0]).toEqual(['xian']);
    expect(pinyin.splits('qqq')).toEqual([]);
    expect(pinyin.reads('客服', ['ke', 'fu'])).toBe(true);
  });
});

describe('the search words file', () => {
  it('names every guide word the pages do not say', () => {
    const words = { stop: [], synonyms: [{ reader: ['找朋友借'], guide: ['亲友', '朋友圈'] }] };
    expect(missingGuideWords(words, '寻求亲友支持', 'han')).toEqual([
      '"朋友圈" (a guide word) is not in the pages\' text',
    ]);
    expect(
      missingGuideWords(
        { stop: [], synonyms: [{ reader: ['x'], guide: ['grace periods'] }] },
        'a grace period',
        'latin',
      ),
    ).toEqual([]);
    expect(
      missingGuideWords({ stop: [], synonyms: [{ reader: ['x'], guide: ['保存 5 年'] }] }, '保存5年', 'han'),
    ).toEqual([]);
  });

  it('refuses a topic listed as outside the guide that the guide does talk about', () => {
    expect(
      missingGuideWords({ stop: [], synonyms: [], outside: ['花呗', '保险'] }, '银行业保险业消费者投诉', 'han'),
    ).toEqual(['"保险" (listed as outside the guide) is in the pages\' text']);
    expect(
      missingGuideWords({ stop: [], synonyms: [], outside: ['tax refunds'] }, 'no tax refund here', 'latin'),
    ).toEqual(['"tax refunds" (listed as outside the guide) is in the pages\' text']);
  });

  it('ships how specific everyday English words are, and every guide word that is not rare', () => {
    const bands = commonWords('A debt collector may call.');
    const band = (key: string) => Object.entries(bands).find(([, keys]) => keys.split(' ').includes(key))?.[0];
    expect(band('the')).toBe('0.30');
    expect(Number(band('call'))).toBeLessThan(0.7);
    // A guide word less common than everyday talk is listed by its own factor; a rare one is not.
    expect(Number(band('collector'))).toBeGreaterThan(0.7);
    expect(band('bankruptci')).toBeUndefined();
    // Other words are listed only when common: not a rare word the guide never says.
    expect(band('calligraphi')).toBeUndefined();
  });

  it('refuses an outside topic of guide words that one sentence of the pages says together', () => {
    const together =
      '"raise + credit limits" (listed as outside the guide) is said together in one sentence of the pages';
    const outside = ['raise + credit limits'];
    expect(
      missingGuideWords({ stop: [], synonyms: [], outside }, 'A flexible credit limit. Raise money.', 'latin'),
    ).toEqual([]);
    expect(missingGuideWords({ stop: [], synonyms: [], outside }, 'Raise your credit limit.', 'latin')).toEqual([
      together,
    ]);
    expect(
      missingGuideWords({ stop: [], synonyms: [], outside: ['额度 + 提高'] }, '灵活的额度。提高收入。', 'han'),
    ).toEqual([]);
    expect(missingGuideWords({ stop: [], synonyms: [], outside: ['额度 + 提高'] }, '提高 额度', 'han')).toHaveLength(1);
  });
});
