import { describe, expect, it } from 'vitest';
import { cardText, cardTree, emWidth, titleSize } from './og-card';
import { loadFonts, pngSize, renderCard } from './og-image';

const card = {
  lang: 'zh-CN',
  eyebrow: '微粒贷逾期全款应对指南',
  title: '三、微粒贷逾期后的全款偿还策略',
  footnote: '第 3 部分，共 5 部分',
};

describe('social image layout', () => {
  it('counts Chinese characters as a full em and Latin letters as about half', () => {
    expect(emWidth('优先筹措')).toBe(4);
    expect(emWidth('abcd')).toBeCloseTo(2.24);
  });

  it('shrinks long titles, never below the smallest size', () => {
    expect(titleSize('短标题')).toBe(76);
    expect(titleSize('长'.repeat(40))).toBeLessThan(76);
    expect(titleSize('长'.repeat(400))).toBe(48);
  });

  it('draws every text of the card, and says its language', () => {
    const tree = cardTree(card);
    expect(tree.props.lang).toBe('zh-CN');
    expect(cardText(card)).toContain(card.title);
  });
});

describe('rendering', () => {
  it('a 1200×630 PNG from the packaged font, subset to the card', { timeout: 60_000 }, async () => {
    const fonts = await loadFonts(cardText(card));
    // A subset is a few tens of KB; the full font is about 10 MB.
    expect(Math.max(...fonts.map((font) => font.data.length))).toBeLessThan(200_000);
    const png = await renderCard(card, fonts);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });

  it('refuses a file that is not a PNG', () => {
    expect(() => pngSize(new Uint8Array(32))).toThrow('not a PNG');
  });
});
