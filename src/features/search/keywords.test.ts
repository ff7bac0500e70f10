import { describe, expect, it } from 'vitest';
import { groupKeywords, keywordWords, parseKeyword } from './keywords';
import { addSearchKeywords, type HastNode } from './rehype-keywords';

describe('keywords', () => {
  it('may name the sub-heading they belong to, in the headings’ own notation', () => {
    expect(parseKeyword('罚息 {#cost-of-delay}')).toEqual({ word: '罚息', id: 'cost-of-delay' });
    expect(parseKeyword('grace period {#contact-customer-service}')).toEqual({
      word: 'grace period',
      id: 'contact-customer-service',
    });
    expect(parseKeyword('微众银行')).toEqual({ word: '微众银行', id: undefined });
    expect(keywordWords(['罚息 {#cost-of-delay}', '征信'])).toEqual(['罚息', '征信']);
  });

  it('are grouped by heading, in order', () => {
    expect([...groupKeywords(['a {#x}', 'b', 'c {#x}'])]).toEqual([
      ['x', ['a', 'c']],
      ['', ['b']],
    ]);
  });
});

describe('rehype-search-keywords', () => {
  const tree = (): HastNode => ({
    type: 'root',
    children: [
      { type: 'element', tagName: 'p', children: [{ type: 'text', value: 'intro' }] },
      { type: 'element', tagName: 'h2', properties: { id: 'cost-of-delay' }, children: [] },
      { type: 'element', tagName: 'p', children: [{ type: 'text', value: 'body' }] },
    ],
  });
  const file = (keywords: unknown) => ({ path: 'content/zh/x.mdx', data: { astro: { frontmatter: { keywords } } } });

  it('puts hidden keyword lists after the heading they name, and page keywords at the top', () => {
    const root = tree();
    addSearchKeywords(root, file(['罚息 {#cost-of-delay}', '滞纳金 {#cost-of-delay}', '一次性还清']));
    const kinds = (root.children ?? []).map((n) =>
      n.properties?.dataSearchKeywords === '' ? `keywords:${n.children?.[0]?.value}` : n.tagName,
    );
    expect(kinds).toEqual(['keywords:⟦ 一次性还清 ⟧', 'p', 'h2', 'keywords:⟦ 罚息 滞纳金 ⟧', 'p']);
    expect(root.children?.[0]?.properties?.hidden).toBe(true);
  });

  it('stops the build when a keyword names a heading the page does not have', () => {
    expect(() => addSearchKeywords(tree(), file(['罚息 {#no-such-heading}']))).toThrow(
      /content\/zh\/x\.mdx.*#no-such-heading/,
    );
  });

  it('leaves a page without keywords alone', () => {
    const root = tree();
    addSearchKeywords(root, file([]));
    expect(root).toEqual(tree());
  });
});
