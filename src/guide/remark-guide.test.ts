import { describe, expect, it } from 'vitest';
import { transformGuideTree } from './remark-guide';

type Node = { type: string; [key: string]: unknown };

function run(tree: Node, base = '/') {
  const file: { data: { astro?: { frontmatter?: Record<string, unknown> } } } = { data: {} };
  transformGuideTree(tree, file, { base });
  return file.data.astro?.frontmatter ?? {};
}

describe('transformGuideTree', () => {
  it('moves an explicit {#id} from the heading text to its id', () => {
    const heading: Node = {
      type: 'heading',
      depth: 2,
      children: [{ type: 'text', value: '优先筹措资金 {#raise-funds}' }],
    };
    const frontmatter = run({ type: 'root', children: [heading] });
    expect(heading).toMatchObject({
      children: [{ value: '优先筹措资金' }],
      data: { hProperties: { id: 'raise-funds' } },
    });
    expect(frontmatter.guideHeadings).toEqual([{ depth: 2, id: 'raise-funds', text: '优先筹措资金' }]);
  });

  it('records a heading without an id so that validation can report it', () => {
    const frontmatter = run({
      type: 'root',
      children: [{ type: 'heading', depth: 2, children: [{ type: 'text', value: 'Plain' }] }],
    });
    expect(frontmatter.guideHeadings).toEqual([{ depth: 2, id: null, text: 'Plain' }]);
  });

  it('collects links and puts the deploy base in front of site-root links only', () => {
    const internal: Node = { type: 'link', url: '/zh/causes/#income-change', children: [] };
    const external: Node = { type: 'link', url: 'https://example.com/', children: [] };
    const anchor: Node = { type: 'link', url: '#raise-funds', children: [] };
    const frontmatter = run(
      { type: 'root', children: [{ type: 'paragraph', children: [internal, external, anchor] }] },
      '/guide/',
    );
    expect(frontmatter.guideLinks).toEqual(['/zh/causes/#income-change', 'https://example.com/', '#raise-funds']);
    expect(internal.url).toBe('/guide/zh/causes/#income-change');
    expect(external.url).toBe('https://example.com/');
    expect(anchor.url).toBe('#raise-funds');
  });
});
