import { describe, expect, it } from 'vitest';
import {
  type ExcerptPart,
  exactMatches,
  type PagefindAnchor,
  type PagefindFragment,
  pageText,
  rankResults,
} from './rank';

const ZW = '\u200b';

interface Block {
  element: 'h1' | 'h2';
  id: string;
  heading: string[];
  body: string[];
}

/**
 * A fragment shaped like Pagefind's: Chinese words separated by zero-width spaces, blocks by a
 * space, anchors at word locations, and (for the fuzzy path) Pagefind's matched locations.
 */
function fragment(path: string, blocks: Block[], locations: number[] = [], joiner = ZW): PagefindFragment {
  const anchors: PagefindAnchor[] = [];
  const parts: string[] = [];
  let location = 0;
  for (const block of blocks) {
    anchors.push({ element: block.element, id: block.id, text: block.heading.join(''), location });
    const words = [...block.heading.slice(0, -1), `${block.heading.at(-1)}.`, ...block.body];
    parts.push(words.join(joiner));
    location += words.length;
  }
  return {
    url: path,
    raw_url: path,
    raw_content: parts.join(` ${ZW}`),
    content: parts.join(' ').replaceAll(ZW, ''),
    meta: { title: blocks[0]?.heading.join('') ?? path },
    anchors,
    locations,
    sub_results: anchors
      .filter((a) => a.element === 'h2')
      .map((anchor) => ({
        title: anchor.text,
        url: `${path}#${anchor.id}`,
        anchor,
        locations: locations.filter((l) => l >= anchor.location),
      })),
  };
}

const text = (parts: ExcerptPart[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

// 处罚 and 利息 but not 罚息: Pagefind's split query (罚 + 息) matches it, and may rank it first.
const decoy = fragment(
  '/zh/decoy/',
  [
    { element: 'h1', id: 'page-title', heading: ['诱饵'], body: [] },
    { element: 'h2', id: 'a', heading: ['处罚'], body: ['会', '有', '处罚', '和', '利息', '。'] },
  ],
  [4, 6],
);
const target = fragment('/zh/why/', [
  { element: 'h1', id: 'page-title', heading: ['必要性'], body: [] },
  { element: 'h2', id: 'what', heading: ['定义'], body: ['全部', '利息', '、', '罚', '息', '、', '违约', '金', '。'] },
  { element: 'h2', id: 'credit', heading: ['信用'], body: ['上报', '至', '央行', '。'] },
  {
    element: 'h2',
    id: 'cost-of-delay',
    heading: ['经济', '成本'],
    body: ['⟦', '罚', '息', '滞', '纳', '金', '⟧', '产生', '较', '高', '的', '罚', '息', '和', '滞', '纳', '金', '。'],
  },
]);

describe('pageText', () => {
  it('numbers words as Pagefind does and drops its zero-width breaks', () => {
    const page = pageText(`二${ZW}、${ZW}全${ZW}款. ${ZW}所谓${ZW}“${ZW}全`);
    expect(page.text).toBe('二、全款. 所谓“全');
    expect(page.starts).toHaveLength(7);
    expect(page.text.slice(page.starts[4], page.ends[4])).toBe('所谓');
  });

  it('finds the hidden keyword lists', () => {
    const page = pageText(`a ${ZW}⟦ ${ZW}罚${ZW}息 ${ZW}⟧ ${ZW}b`);
    expect(page.hidden).toHaveLength(1);
    const [from, to] = page.hidden[0]!;
    expect(page.text.slice(from, to)).toBe('⟦ 罚息 ⟧');
  });
});

describe('exactMatches', () => {
  it('finds a Chinese word across Pagefind’s word breaks', () => {
    const page = pageText(`较${ZW}高${ZW}的${ZW}罚${ZW}息${ZW}和`);
    expect(exactMatches(page, '罚息')).toEqual([[3, 5]]);
  });

  it('ignores case and needs an English word to start a word', () => {
    const page = pageText('Make a detailed repayment plan. A payment plan helps.');
    expect(exactMatches(page, 'payment plan')).toHaveLength(1);
    expect(exactMatches(page, 'MAKE A')).toHaveLength(1);
    expect(exactMatches(page, 'plan')).toHaveLength(2);
  });

  it('treats regex characters and HTML as text', () => {
    const page = pageText('a (b) c.* <b>');
    expect(exactMatches(page, '.*')).toHaveLength(1);
    expect(exactMatches(page, '<b>')).toHaveLength(1);
    expect(exactMatches(page, '[')).toHaveLength(0);
    expect(exactMatches(page, '')).toEqual([]);
  });
});

describe('rankResults', () => {
  it('puts the page and the section with the word itself first, above Pagefind’s order', () => {
    const hits = rankResults('罚息', [decoy, target]);
    expect(hits.map((h) => h.path)).toEqual(['/zh/why/']);
    expect(hits[0]!.exact).toBe(true);
    expect(hits[0]!.sections.map((s) => s.id)).toEqual(['cost-of-delay', 'what']);
    expect(hits[0]!.highlight).toEqual(['罚息']);
  });

  it('cuts excerpts around the word, marks it, and never shows the hidden keywords', () => {
    const [hit] = rankResults('罚息', [target]);
    const cost = hit!.sections[0]!;
    expect(text(cost.excerpt)).toBe('产生较高的[罚息]和滞纳金。');
    expect(text(hit!.sections[1]!.excerpt)).toBe('全部利息、[罚息]、违约金。');
  });

  it('lands on the section whose hidden keywords hold the word when the text does not', () => {
    const withKeywords = fragment('/zh/why/', [
      { element: 'h1', id: 'page-title', heading: ['必要性'], body: [] },
      {
        element: 'h2',
        id: 'credit',
        heading: ['信用'],
        body: ['⟦', '上', '征', '信', '⟧', '上报', '至', '央行', '。'],
      },
    ]);
    const [hit] = rankResults('上征信', [withKeywords]);
    expect(hit!.sections.map((s) => s.id)).toEqual(['credit']);
    expect(text(hit!.sections[0]!.excerpt)).toBe('上报至央行。');
  });

  it('ranks pages by how often they contain the word', () => {
    const once = fragment(
      '/en/once/',
      [{ element: 'h1', id: 'page-title', heading: ['Once'], body: ['a', 'credit', 'report', 'here'] }],
      [],
      ' ',
    );
    const twice = fragment(
      '/en/twice/',
      [
        { element: 'h1', id: 'page-title', heading: ['Twice'], body: [] },
        { element: 'h2', id: 'x', heading: ['X'], body: ['credit', 'report', 'and', 'Credit', 'Report'] },
      ],
      [],
      ' ',
    );
    const hits = rankResults('credit report', [once, twice]);
    expect(hits.map((h) => h.path)).toEqual(['/en/twice/', '/en/once/']);
    // A match above the first sub-heading is the page's own excerpt, the h1 left out.
    expect(text(hits[1]!.excerpt)).toBe('a [credit report] here');
  });

  it('falls back to Pagefind’s results, in its order, when no page has the word itself', () => {
    const hits = rankResults('罚息', [decoy]);
    expect(hits.map((h) => [h.path, h.exact])).toEqual([['/zh/decoy/', false]]);
    expect(hits[0]!.sections[0]!.id).toBe('a');
    expect(text(hits[0]!.sections[0]!.excerpt)).toBe('会有[处罚]和[利息]。');
    expect(hits[0]!.highlight).toEqual(['处罚', '利息']);
  });

  it('starts sections at headings only, not at other elements Pagefind reports as anchors', () => {
    const inside = target.anchors.find((a) => a.id === 'cost-of-delay')!.location + 3;
    const withWidget = {
      ...target,
      anchors: [...target.anchors, { element: 'div', id: 'widget', text: 'x', location: inside }],
    };
    expect(rankResults('罚息', [withWidget])[0]!.sections.map((s) => s.id)).toEqual(['cost-of-delay', 'what']);
  });

  it('lists each page once', () => {
    expect(rankResults('罚息', [target, target])).toHaveLength(1);
    expect(rankResults('罚息', [])).toEqual([]);
  });
});
