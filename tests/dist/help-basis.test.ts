import { describe, expect, it } from 'vitest';
import { readPage } from '../helpers/dist.ts';

/**
 * The help page states only checked facts, each with its basis. Every article cited in its text
 * must be in the page's basis list, every article listed must be cited, and the list holds only
 * the articles this site checked (the rows of its fact sheet, copied here: a test may not read
 * the project's working notes). Both languages cite the same articles.
 */

const CHECKED = {
  regulation: [4, 15, 16, 17, 25, 26, 32],
  criminal: [193, 313],
} as const;
type Law = keyof typeof CHECKED;

const BASIS_HEADING = { zh: '依据', en: 'Sources' } as const;
const LAW_NAMES: Record<'zh' | 'en', Array<[RegExp, Law]>> = {
  zh: [
    [/《征信业管理条例》/g, 'regulation'],
    [/《(?:中华人民共和国)?刑法》/g, 'criminal'],
  ],
  en: [
    [/Credit Reporting (?:Regulation|Industry)/g, 'regulation'],
    [/Criminal Law/g, 'criminal'],
  ],
};
const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 第一百九十三条 → 193, 第十六条 → 16, 第四条 → 4. */
function chineseNumber(text: string): number {
  let total = 0;
  let digit = 0;
  for (const char of text) {
    if (char === '百') total += (digit || 1) * 100;
    else if (char === '十') total += (digit || 1) * 10;
    else if (char === '零') continue;
    else {
      digit = DIGITS[char] ?? Number.NaN;
      continue;
    }
    digit = 0;
  }
  return total + digit;
}

/** Every article a stretch of text cites, each under the law named most recently before it. */
function citations(lang: 'zh' | 'en', text: string): Set<string> {
  const marks = LAW_NAMES[lang]
    .flatMap(([pattern, law]) => [...text.matchAll(pattern)].map((m) => ({ at: m.index ?? 0, law })))
    .sort((a, b) => a.at - b.at);
  const articles =
    lang === 'zh'
      ? [...text.matchAll(/第([一二三四五六七八九十百零]+)条/g)].map((m) => ({
          at: m.index ?? 0,
          n: chineseNumber(m[1] ?? ''),
        }))
      : [...text.matchAll(/\bArt(?:icles?|\.)\s*((?:\d+(?:,\s*|\s+and\s+|\s*(?:and\s+)?Art\.\s*)?)+)/g)].flatMap((m) =>
          [...(m[1] ?? '').matchAll(/\d+/g)].map((d) => ({ at: m.index ?? 0, n: Number(d[0]) })),
        );
  const found = new Set<string>();
  for (const { at, n } of articles) {
    const law = marks.filter((mark) => mark.at < at).at(-1)?.law;
    if (!law) throw new Error(`article ${n} cited with no law named before it`);
    found.add(`${law} ${n}`);
  }
  return found;
}

function helpPage(lang: 'zh' | 'en') {
  const $ = readPage(`/${lang}/help/`);
  const article = $('main article');
  const heading = article.find('p > strong').filter((_, el) => $(el).text().trim() === BASIS_HEADING[lang]);
  expect(heading.length, `the ${lang} help page has a "${BASIS_HEADING[lang]}" list`).toBe(1);
  const list = heading.parent().next('ul');
  const basis = citations(lang, list.text());
  list.remove();
  heading.parent().remove();
  return { cited: citations(lang, article.text()), basis };
}

describe('the help page’s bases', () => {
  it('reads Chinese article numbers', () => {
    expect(['四', '十六', '二十五', '三十二', '一百九十三', '三百一十三'].map(chineseNumber)).toEqual([
      4, 16, 25, 32, 193, 313,
    ]);
  });

  it.each(['zh', 'en'] as const)(
    '%s: every cited article is in the basis list, and the list holds only checked articles',
    (lang) => {
      const { cited, basis } = helpPage(lang);
      expect(cited.size).toBeGreaterThan(0);
      expect(
        [...cited].filter((a) => !basis.has(a)),
        'cited but not in the basis list',
      ).toEqual([]);
      expect(
        [...basis].filter((a) => !cited.has(a)),
        'listed but never cited',
      ).toEqual([]);
      const checked = new Set(Object.entries(CHECKED).flatMap(([law, ns]) => ns.map((n) => `${law} ${n}`)));
      expect(
        [...basis].filter((a) => !checked.has(a)),
        'not among the checked articles',
      ).toEqual([]);
    },
  );

  it('sees each article under its own law, in both languages (the check can fail)', () => {
    expect([...citations('zh', '（《征信业管理条例》第十八条；依第三十二条）（《刑法》第二百条）')]).toEqual([
      'regulation 18',
      'regulation 32',
      'criminal 200',
    ]);
    expect([
      ...citations('en', '(Credit Reporting Regulation, Art. 16 and Art. 25) Criminal Law: Articles 193 and 313'),
    ]).toEqual(['regulation 16', 'regulation 25', 'criminal 193', 'criminal 313']);
  });

  it('both languages cite the same articles', () => {
    expect([...helpPage('en').cited].sort()).toEqual([...helpPage('zh').cited].sort());
  });
});
