import { describe, expect, it } from 'vitest';
import { english, fragment } from '../../../tests/helpers/fragments';
import { analyze } from './analyze';
import { Corpus } from './corpus';
import { Lexicon } from './lexicon';
import type { ExcerptPart } from './page-text';
import { Pinyin } from './pinyin';
import { rank } from './rank';

/** A small Chinese guide in Pagefind's shape, with its search words. */
const zhCorpus = new Corpus('han', [
  fragment('/zh/why/', [
    { element: 'h1', id: 'page-title', heading: ['必要性'], body: ['逾期', '后', '要', '全款', '偿还', '。'] },
    { element: 'h2', id: 'credit', heading: ['信用', '记录'], body: ['逾期', '信息', '上报', '央行', '征信', '。'] },
    {
      element: 'h2',
      id: 'cost',
      heading: ['经济', '成本'],
      body: ['产生', '较', '高', '的', '罚', '息', '和', '滞', '纳', '金', '，', '累积', '。'],
    },
  ]),
  fragment('/zh/ways/', [
    { element: 'h1', id: 'page-title', heading: ['策略'], body: ['逾期', '后', '的', '办法', '。'] },
    { element: 'h2', id: 'service', heading: ['联系', '客服'], body: ['说明', '困难', '，', '协商', '宽限期', '。'] },
    { element: 'h2', id: 'funds', heading: ['筹措', '资金'], body: ['寻求', '亲友', '支持', '，', '逾期', '。'] },
  ]),
]);
const zhWords = new Lexicon('han', {
  stop: ['怎么办', '怎么', '吗', '了', '的', '我'],
  synonyms: [
    { reader: ['找朋友借', '借钱'], guide: ['亲友'] },
    { reader: ['上征信', '征信黑'], guide: ['征信', '央行'] },
    { reader: ['坐牢'], guide: ['刑法'] },
    { reader: ['协商还款'], guide: ['协商'] },
    { reader: ['利滚利'], guide: ['罚息'] },
  ],
});
const PINYIN = { zheng: '征正政', xin: '信心新', xie: '协胁', shang: '商上', fa: '罚法', xi: '息西' };
const pinyin = new Pinyin(PINYIN);

const text = (parts: ExcerptPart[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');
const first = (q: string, corpus = zhCorpus, lexicon = zhWords) => {
  const answer = rank(analyze(q, corpus, lexicon, pinyin), corpus);
  const hit = answer.hits[0];
  return answer.answered ? `${hit?.path}${hit?.sections[0]?.id ? `#${hit.sections[0].id}` : ''}` : 'none';
};

describe('Chinese queries', () => {
  it('drop question words and particles', () => {
    expect(analyze('罚息怎么办', zhCorpus, zhWords, pinyin)).toEqual({
      concepts: [{ typed: '罚息', terms: ['罚息'] }],
      unknown: [],
      outside: [],
    });
    expect(first('宽限期了吗')).toBe('/zh/ways/#service');
  });

  it('never read the end of one word and the start of the next as a word', () => {
    const corpus = new Corpus('han', [
      fragment('/zh/ways/', [
        { element: 'h1', id: 'page-title', heading: ['策略'], body: ['向', '家人', '说明', '罚', '息', '。'] },
      ]),
    ]);
    const passage = corpus.passages[0];
    if (!passage) throw new Error('no passage');
    // 人说 runs from inside 家人 into 说明; 罚息, split into single characters, is whole words.
    expect(corpus.find(passage, '人说')).toEqual([]);
    expect(corpus.find(passage, '家人说明')).toHaveLength(1);
    expect(corpus.find(passage, '罚息')).toHaveLength(1);
    expect(corpus.find(passage, '家')).toHaveLength(1);
  });

  it('never read a particle that ends a phrase as the start of a two-character word', () => {
    // The guide's text says 的办法; 的办 is not a word a reader asks about.
    expect(analyze('的办', zhCorpus, zhWords, pinyin).concepts).toEqual([]);
  });

  it('read a Latin word the guide says as the guide’s, not as pinyin', () => {
    const corpus = new Corpus('han', [
      fragment('/zh/ways/', [
        { element: 'h1', id: 'page-title', heading: ['策略'], body: ['逾期', '后', '的', '办法', '。'] },
        { element: 'h2', id: 'service', heading: ['联系', '客服'], body: ['没有', '独立', '的', 'App', '。'] },
      ]),
    ]);
    expect(analyze('微粒贷app', corpus, zhWords, pinyin).concepts).toEqual([{ typed: 'app', terms: ['app'] }]);
    expect(first('微粒贷app', corpus)).toBe('/zh/ways/#service');
  });

  it('read the letters readers type for a word (zx for 征信) as that word', () => {
    const abbreviations = new Lexicon('han', { stop: ['了'], synonyms: [{ reader: ['zx'], guide: ['征信'] }] });
    expect(analyze('zx花了', zhCorpus, abbreviations, pinyin).concepts).toEqual([{ typed: 'zx', terms: ['征信'] }]);
    expect(first('zx', zhCorpus, abbreviations)).toBe('/zh/why/#credit');
  });

  it('count the more telling of two phrases for the same thing', () => {
    const weighted = new Lexicon('han', {
      stop: ['了'],
      synonyms: [
        { reader: ['没钱'], guide: ['亲友'], weight: 0.5 },
        { reader: ['找朋友借'], guide: ['亲友'] },
      ],
    });
    expect(analyze('没钱了找朋友借', zhCorpus, weighted, pinyin).concepts).toEqual([
      { typed: '找朋友借', terms: ['亲友'] },
    ]);
  });

  it('read the reader’s words as the guide’s', () => {
    expect(first('找朋友借')).toBe('/zh/ways/#funds');
    expect(first('上征信了')).toBe('/zh/why/#credit');
  });

  it('mend a character typed by sound, and pinyin', () => {
    expect(analyze('胁商', zhCorpus, zhWords, pinyin).concepts.map((c) => c.typed)).toEqual(['协商']);
    expect(first('正信')).toBe('/zh/why/#credit');
    expect(first('罚xi')).toBe('/zh/why/#cost');
    // As a reader who does not tell zh from z, or eng from en, types it: only when nothing sounds the same.
    const southern = new Pinyin({ ...PINYIN, zi: '资', zhi: '之', jin: '金' });
    expect(analyze('之金', zhCorpus, zhWords, southern).concepts.map((c) => c.typed)).toEqual(['资金']);
  });

  it('mend a slip only on the evidence of a real character, not a particle', () => {
    const words = new Lexicon('han', { stop: ['太', '了'], synonyms: [{ reader: ['告了'], guide: ['刑法'] }] });
    const sounds = new Pinyin({ ...PINYIN, gao: '高告', le: '了' });
    expect(analyze('罚息太高了', zhCorpus, words, sounds).concepts.map((c) => c.typed)).toEqual(['罚息']);
  });

  it('keep a particle that makes a word with the next character (还款日 is not 还 + 款日)', () => {
    const corpus = new Corpus('han', [
      fragment('/zh/pay/', [
        { element: 'h1', id: 'page-title', heading: ['还款'], body: ['记住', '还款日', '，', '按时', '还款', '。'] },
      ]),
    ]);
    const words = new Lexicon('han', { stop: ['还', '了'], synonyms: [] });
    expect(analyze('还款日到了', corpus, words, pinyin).concepts.map((c) => c.typed)).toEqual(['还款日']);
  });

  it('answer a question whose words the guide has, spread over several passages, with the best of them', () => {
    // 催收, 电话 and 筹措资金 are each in a different passage: none holds 35 % of the question.
    const corpus = new Corpus('han', [
      fragment('/zh/help/', [
        { element: 'h1', id: 'page-title', heading: ['求助'], body: ['遇到', '问题', '时', '。'] },
        { element: 'h2', id: 'calls', heading: ['催收', '来电'], body: ['记下', '每一次', '联系', '。'] },
        { element: 'h2', id: 'phone', heading: ['客服'], body: ['拨打', '电话', '咨询', '。'] },
        { element: 'h2', id: 'police', heading: ['安全'], body: ['拨打', '110', '。'] },
        { element: 'h2', id: 'money', heading: ['资金'], body: ['筹措', '资金', '。'] },
      ]),
    ]);
    const words = new Lexicon('han', { stop: ['被'], synonyms: [{ reader: ['爆通讯录'], guide: ['催收'] }] });
    expect(first('被爆通讯录 电话 筹措资金', corpus, words)).toBe('/zh/help/#calls');
  });

  it('drop question words typed in pinyin, as typed in characters', () => {
    const sounds = new Pinyin({ ...PINYIN, zen: '怎', me: '么', ban: '办' });
    expect(analyze('zhengxin zenmeban', zhCorpus, zhWords, sounds)).toEqual({
      concepts: [{ typed: '征信', terms: ['征信'] }],
      unknown: [],
      outside: [],
    });
  });

  it('say there is no answer when the guide has none, not when one character is shared', () => {
    expect(first('花呗开通')).toBe('none');
    expect(first('坐牢')).toBe('none');
    expect(rank(analyze('   ', zhCorpus, zhWords), zhCorpus)).toEqual({ answered: false, hits: [] });
  });

  it('say there is no answer when the question is about a topic outside the guide', () => {
    const words = new Lexicon('han', { stop: ['是多少', '吗'], synonyms: [], outside: ['花呗', '利率'] });
    expect(analyze('花呗罚息是多少', zhCorpus, words, pinyin)).toEqual({
      concepts: [{ typed: '罚息', terms: ['罚息'] }],
      unknown: [],
      outside: ['花呗'],
    });
    expect(first('花呗罚息是多少', zhCorpus, words)).toBe('none');
    expect(first('罚息是多少', zhCorpus, words)).toBe('/zh/why/#cost');
  });

  it('count only the telling words when deciding whether a question is short enough to be about an outside topic', () => {
    const everywhere = ['微粒贷', '，', '逾期', '，', '还款', '，', '借款', '，'];
    const corpus = new Corpus('han', [
      fragment('/zh/a/', [
        { element: 'h1', id: 'page-title', heading: ['概述'], body: [...everywhere, '。'] },
        {
          element: 'h2',
          id: 'b',
          heading: ['成本'],
          body: [...everywhere, '罚息', '，', '滞纳金', '，', '违约金', '。'],
        },
        { element: 'h2', id: 'c', heading: ['办法'], body: [...everywhere, '协商', '。'] },
      ]),
    ]);
    const words = new Lexicon('han', { stop: [], synonyms: [], outside: ['花呗'] });
    expect(first('微粒贷 逾期 还款 借款 罚息 滞纳金 违约金', corpus, words)).toBe('/zh/a/#b');
    expect(first('微粒贷 逾期 还款 借款 罚息 滞纳金 违约金 花呗', corpus, words)).toBe('none');
  });

  it('say there is no answer when the question puts together guide words the guide never puts together', () => {
    const words = new Lexicon('han', { stop: ['怎么'], synonyms: [], outside: ['罚息 + 提高'] });
    expect(analyze('罚息怎么提高', zhCorpus, words, pinyin).outside).toEqual(['罚息 + 提高']);
    expect(first('罚息怎么提高', zhCorpus, words)).toBe('none');
    expect(first('提高罚息', zhCorpus, words)).toBe('none');
    expect(first('罚息', zhCorpus, words)).toBe('/zh/why/#cost');
  });

  it('answer a question that asks for a quantity only where the guide gives it', () => {
    const corpus = new Corpus('han', [
      fragment('/zh/help/', [
        { element: 'h1', id: 'page-title', heading: ['帮助'], body: ['你', '的', '权利', '。'] },
        {
          element: 'h2',
          id: 'record',
          heading: ['你', '的', '记录'],
          body: ['根据', '《', '征信', '条例', '》', '，', '不良', '信息', '保存', ' 5 ', '年', '。'],
        },
        {
          element: 'h2',
          id: 'later',
          heading: ['还清', '以后'],
          body: ['不良', '信息', '保存', ' 5 ', '年', '。', '所以', '还清', '不能', '让', '逾期', '记录', '消失', '。'],
        },
        {
          element: 'h2',
          id: 'complaints',
          heading: ['投诉'],
          body: ['受理', '投诉', '后', ' 30 ', '日', '内', '答复', '。'],
        },
        { element: 'h2', id: 'grace', heading: ['宽限期'], body: ['联系', '客服', '申请', '宽限期', '。'] },
      ]),
    ]);
    const words = new Lexicon('han', {
      stop: ['多久', '多少', '一般', '有', '会', '能', '才', '吗', '几'],
      synonyms: [{ reader: ['多久', '几年', '消掉'], guide: ['保存 5 年'] }],
    });
    // The number next to what the reader asks about answers; the passage after it counts too.
    expect(first('逾期记录多久才能消掉', corpus, words)).toBe('/zh/help/#later');
    expect(first('投诉多久会答复', corpus, words)).toBe('/zh/help/#complaints');
    // 宽限期 is in the guide, its length is not: the passages that name it do not answer.
    expect(first('宽限期', corpus, words)).toBe('/zh/help/#grace');
    expect(first('宽限期一般有几天', corpus, words)).toBe('none');
    // A law's name is not what the number is about.
    expect(first('逾期记录几年', corpus, words)).toBe('/zh/help/#later');
    expect(first('征信几年', corpus, words)).toBe('none');
  });

  it('count a general way of putting the situation for less than what caused it', () => {
    const corpus = new Corpus('han', [
      fragment('/zh/a/', [
        { element: 'h1', id: 'page-title', heading: ['原因'], body: ['逾期', '的', '原因', '。'] },
        {
          element: 'h2',
          id: 'costs',
          heading: ['计划外', '支出'],
          body: ['车辆', '维修', '占用', '还款', '资金', '。'],
        },
        { element: 'h2', id: 'funds', heading: ['筹措', '资金'], body: ['寻求', '亲友', '支持', '。'] },
      ]),
    ]);
    const words = (weight?: number) =>
      new Lexicon('han', {
        stop: ['了'],
        synonyms: [
          { reader: ['修车'], guide: ['车辆维修'] },
          { reader: ['没钱还'], guide: ['筹措资金'], ...(weight ? { weight } : {}) },
        ],
      });
    expect(first('修车了没钱还', corpus, words())).toBe('/zh/a/#funds');
    expect(first('修车了没钱还', corpus, words(0.5))).toBe('/zh/a/#costs');
    expect(first('没钱还', corpus, words(0.5))).toBe('/zh/a/#funds');
  });

  it('read two words that are all over the guide, typed together, as the two words', () => {
    const corpus = new Corpus('han', [
      fragment('/zh/a/', [
        { element: 'h1', id: 'page-title', heading: ['概述'], body: ['微粒贷', '逾期', '要', '全款', '。'] },
        { element: 'h2', id: 'b', heading: ['原因'], body: ['微粒贷', '借款', '人', '逾期', '。'] },
        { element: 'h2', id: 'c', heading: ['记录'], body: ['逾期', '记录', '，', '微粒贷', '。'] },
        { element: 'h2', id: 'd', heading: ['客服'], body: ['联系', '微粒贷', '客服', '说明', '逾期', '。'] },
      ]),
    ]);
    const words = new Lexicon('han', { stop: [], synonyms: [] });
    expect(analyze('微粒贷逾期', corpus, words).concepts.map((c) => c.typed)).toEqual(['微粒贷', '逾期']);
    // 记录 is in one passage of four: 逾期记录 is a word of its own.
    expect(analyze('逾期记录', corpus, words).concepts.map((c) => c.typed)).toEqual(['逾期记录']);
  });

  it('read a particle before a longer word as the particle (在微粒贷 is not 在微 + 粒贷)', () => {
    const corpus = new Corpus('han', [
      fragment('/zh/a/', [
        { element: 'h1', id: 'page-title', heading: ['入口'], body: ['在', '微信', '里', '打开', '微粒贷', '。'] },
      ]),
    ]);
    const words = new Lexicon('han', { stop: ['在', '里'], synonyms: [] });
    expect(analyze('在微粒贷借钱', corpus, words).concepts.map((c) => c.typed)).toEqual(['微粒贷']);
  });

  it('answer a long, spoken question by the few words the guide has', () => {
    const story = '那个我妈住院花了好多钱然后就没还上现在天天睡不着觉上班也没心思干家里人也不知道我想问';
    expect(first(`${story}找朋友借行不行`)).toBe('/zh/ways/#funds');
  });

  it('put the passage whose heading names the word first, and mark the words in a real excerpt', () => {
    const answer = rank(analyze('罚息', zhCorpus, zhWords), zhCorpus);
    const section = answer.hits[0]?.sections[0];
    expect(section?.id).toBe('cost');
    expect(text(section?.excerpt ?? [])).toBe('产生较高的[罚息]和滞纳金，累积。');
    expect(answer.hits[0]?.highlight).toEqual(['罚息']);
  });
});

const enCorpus = new Corpus('latin', [
  english('/en/ways/', [
    { element: 'h1', id: 'page-title', heading: 'What to do', body: 'Some practical steps for a late payment.' },
    {
      element: 'h2',
      id: 'service',
      heading: 'Contact customer service',
      body: 'Explain your difficulties. The lender may allow a grace period or an instalment plan.',
    },
    {
      element: 'h2',
      id: 'funds',
      heading: 'Raise the money',
      body: 'Ask family and friends for help with the payments.',
    },
  ]),
  english('/en/why/', [
    { element: 'h1', id: 'page-title', heading: 'Why it matters', body: 'Late payment costs you money.' },
    { element: 'h2', id: 'cost', heading: 'The cost of waiting', body: 'Penalty interest and late fees build up.' },
  ]),
]);
const enWords = new Lexicon('latin', {
  stop: ['what', 'if', 'i', 'a', 'the', 'do', 'how', 'to', 'my'],
  synonyms: [
    { reader: ['installments', 'pay bit by bit'], guide: ['instalment plan'] },
    { reader: ["can't afford"], guide: ['raise the money'] },
  ],
});

describe('English queries', () => {
  it('drop filler words and keep the guide’s phrases together', () => {
    expect(analyze('what is a grace period', enCorpus, enWords).concepts).toEqual([
      { typed: 'grace period', terms: ['grac period'] },
    ]);
    expect(first('how do i get a grace period', enCorpus, enWords)).toBe('/en/ways/#service');
    // With the small words between them as the guide says them.
    expect(analyze('how to raise the money', enCorpus, enWords).concepts).toEqual([
      { typed: 'raise the money', terms: ['rais the money'] },
    ]);
  });

  it('match word forms, reader words and misspellings', () => {
    expect(first('payment', enCorpus, enWords)).not.toBe('none');
    expect(first('installments', enCorpus, enWords)).toBe('/en/ways/#service');
    expect(first("i can't afford it", enCorpus, enWords)).toBe('/en/ways/#funds');
    expect(first('penalty intrest', enCorpus, enWords)).toBe('/en/why/#cost');
  });

  it('leave an everyday word alone rather than mend it into a word of the guide', () => {
    const corpus = new Corpus('latin', [
      english('/en/law/', [{ element: 'h1', id: 'page-title', heading: 'Law', body: 'Other people and the law.' }]),
    ]);
    const words = new Lexicon('latin', { stop: [], synonyms: [], common: { '0.55': 'mother' } });
    expect(analyze('mother', corpus, words).concepts).toEqual([]);
    expect(analyze('mother', corpus, words).unknown).toEqual(['mother']);
    // A word English does not say is still a slip.
    expect(analyze('otherr', corpus, words).concepts).toEqual([{ typed: 'otherr', terms: ['other'] }]);
  });

  it('list first the passage that scores best, though another covers more of the question', () => {
    // "repayment plan" is in two passages, "include" in one: the heading that names the plan
    // scores best, though it covers less of the question than the passage on what loans include.
    const filler = ['Rent', 'Food', 'Travel', 'Phone', 'Water', 'Power'].map((word) => ({
      element: 'h2' as const,
      id: word.toLowerCase(),
      heading: word,
      body: `${word} costs money every month.`,
    }));
    const corpus = new Corpus('latin', [
      english('/en/plan/', [
        { element: 'h1', id: 'page-title', heading: 'Plans', body: 'Steps.' },
        {
          element: 'h2',
          id: 'plan',
          heading: 'Make a repayment plan',
          body: 'A repayment plan lists what you owe and when you pay it.',
        },
        { element: 'h2', id: 'learn', heading: 'Learn more', body: 'Know what loans include and what they cost.' },
        { element: 'h2', id: 'fees', heading: 'Fees', body: 'Some charges add interest.' },
        { element: 'h2', id: 'talk', heading: 'Talk', body: 'Agree a repayment plan with the lender.' },
        ...filler,
      ]),
    ]);
    const words = new Lexicon('latin', { stop: ['what', 'should', 'a'], synonyms: [] });
    expect(first('what should a repayment plan include', corpus, words)).toBe('/en/plan/#plan');
  });

  it('say there is no answer for a question the guide does not cover', () => {
    expect(first('how to buy bitcoin', enCorpus, enWords)).toBe('none');
    const words = new Lexicon('latin', { stop: ['what', 'on'], synonyms: [], outside: ['huabei', 'tax refund'] });
    expect(analyze('penalty interest on huabei', enCorpus, words).outside).toEqual(['huabei']);
    expect(first('penalty interest on huabei', enCorpus, words)).toBe('none');
    expect(first('penalty interest tax refund', enCorpus, words)).toBe('none');
    expect(first('penalty interest', enCorpus, words)).toBe('/en/why/#cost');
    // A short question names its topic; in a long one much about the guide, it may be only a detail.
    const stop = ['my', 'and', 'now', 'the', 'up', 'someone', 'used', 'of', 'is', 'what', 'while', 'i'];
    const story = new Lexicon('latin', { stop, synonyms: [], outside: ['id card'] });
    expect(first('id card penalty interest', enCorpus, story)).toBe('none');
    const long =
      'someone used my id card last spring and now the penalty interest and late fees build up while i am waiting';
    expect(first(`${long}, what is the cost of waiting`, enCorpus, story)).toBe('/en/why/#cost');
    const limit = new Lexicon('latin', { stop: ['how', 'to', 'my'], synonyms: [], outside: ['raise + penalty'] });
    expect(first('how to raise my penalty interest', enCorpus, limit)).toBe('none');
  });

  it('answer a question for a number only where the guide gives it, about what the reader named', () => {
    const corpus = new Corpus('latin', [
      english('/en/help/', [
        { element: 'h1', id: 'page-title', heading: 'Help', body: 'Where to get help.' },
        {
          element: 'h2',
          id: 'complaints',
          heading: 'Complaints',
          body: 'The WeBank hotline is 95384 (human agents 7:00–24:00). Write down what was said. Keep copies of letters. 12378 is the national hotline for complaints about banks.',
        },
        { element: 'h2', id: 'grace', heading: 'Grace period', body: 'Ask customer service for a grace period.' },
      ]),
    ]);
    const words = new Lexicon('latin', { stop: ['the', 'of', 'is', 'a', 'what', 'are', 'how'], synonyms: [] });
    expect(first('95384 hotline opening hours', corpus, words)).toBe('/en/help/#complaints');
    expect(first('12378 hotline opening hours', corpus, words)).toBe('none');
    expect(first('grace period', corpus, words)).toBe('/en/help/#grace');
    expect(first('how many days is the grace period', corpus, words)).toBe('none');
  });

  it('count for half what the reader says they do not want', () => {
    const words = new Lexicon('latin', { stop: ['instead', 'of'], synonyms: [] });
    const concepts = analyze('installments instead of penalty interest', enCorpus, words).concepts;
    expect(concepts.map((c) => [c.typed, c.specificity])).toEqual([
      ['instalment', undefined],
      ['penalty interest', 0.5],
    ]);
    const zh = new Lexicon('han', { stop: ['要', '不'], synonyms: [] });
    expect(analyze('协商宽限期，不要罚息', zhCorpus, zh).concepts.map((c) => [c.typed, c.specificity])).toEqual([
      ['协商宽限期', undefined],
      ['罚息', 0.5],
    ]);
    // 要不要 asks; it does not refuse.
    expect(analyze('要不要协商', zhCorpus, zh).concepts.map((c) => c.specificity)).toEqual([undefined]);
  });

  it('count for half the story told before the reader says what they want to know', () => {
    const zh = new Lexicon('han', { stop: ['了', '我', '就', '能不能'], synonyms: [] });
    const weights = (q: string) => analyze(q, zhCorpus, zh).concepts.map((c) => [c.typed, c.specificity]);
    expect(weights('罚息累积了，我就想知道能不能协商')).toEqual([
      ['罚息', 0.5],
      ['累积', 0.5],
      ['协商', undefined],
    ]);
    // Nothing after it that the guide says: the story is all there is to go on.
    expect(weights('罚息累积了，我就想知道')).toEqual([
      ['罚息', undefined],
      ['累积', undefined],
    ]);
    const en = new Lexicon('latin', { stop: ['so', 'is', 'my', 'question'], synonyms: [] });
    expect(
      analyze('penalty interest so my question is installments', enCorpus, en).concepts.map((c) => [
        c.typed,
        c.specificity,
      ]),
    ).toEqual([
      ['penalty interest', 0.5],
      ['instalment', undefined],
    ]);
  });

  it('count an everyday word the guide happens to use for less than a rare one', () => {
    const corpus = new Corpus('latin', [
      english('/en/a/', [
        { element: 'h1', id: 'page-title', heading: 'Causes', body: 'Why it happens.' },
        { element: 'h2', id: 'costs', heading: 'Unexpected costs', body: 'Costs can come fast.' },
        { element: 'h2', id: 'income', heading: 'More income', body: 'Take on extra income from a second job.' },
      ]),
    ]);
    const synonyms = [{ reader: ['side hustle'], guide: ['extra income'] }];
    const plain = new Lexicon('latin', { stop: ['to'], synonyms });
    const spoken = new Lexicon('latin', { stop: ['to'], synonyms, common: { '0.55': 'fast', '0.70': 'totally' } });
    // Without knowing how common "fast" is, it weighs as much as the reader's "side hustle".
    expect(first('side hustle fast', corpus, plain)).toBe('/en/a/#costs');
    expect(first('side hustle fast', corpus, spoken)).toBe('/en/a/#income');
    expect(analyze('totally bitcoin', corpus, spoken)).toMatchObject({
      unknown: ['totally', 'bitcoin'],
      unknownWords: 1.7,
    });
  });

  it('answer a long, spoken question by the few words the guide has', () => {
    const story =
      'so basically my mum got sick last spring and the hospital bills took everything we had and my boyfriend keeps telling me';
    expect(first(`${story} penalty interest`, enCorpus, enWords)).toBe('/en/why/#cost');
  });
});

describe('the guide’s passages', () => {
  it('follow the guide’s reading order, not the order Pagefind lists its pages in', () => {
    const page = (path: string, order: string) => {
      const f = english(path, [{ element: 'h1', id: 'page-title', heading: 'Title', body: 'overdue loan' }]);
      return { ...f, meta: { ...f.meta, order } };
    };
    const corpus = new Corpus('latin', [page('/en/summary/', '5'), page('/en/', '0'), page('/en/causes/', '1')]);
    expect(corpus.passages.map((p) => p.path)).toEqual(['/en/', '/en/causes/', '/en/summary/']);
    // The overview is the answer to a question about the guide as a whole, wherever Pagefind put it.
    expect(
      rank(analyze('overdue loan', corpus, new Lexicon('latin', { stop: [], synonyms: [] })), corpus).hits[0]?.path,
    ).toBe('/en/');
  });
});
