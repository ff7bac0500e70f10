import { describe, expect, it } from 'vitest';
import { page, validGuide } from '../../tests/helpers/sources';
import { buildGuide } from './model';

describe('buildGuide', () => {
  const guide = buildGuide(validGuide());

  it('puts the overview first and numbers the sections from 1', () => {
    expect(guide.pages('en').map((p) => [p.key, p.number])).toEqual([
      ['overview', 0],
      ['causes', 1],
      ['strategies', 2],
    ]);
  });

  it('orders sections by frontmatter order, not by file order', () => {
    const shuffled = buildGuide([page('zh', 'b', 2), page('zh', 'overview', 0), page('zh', 'a', 1)]);
    expect(shuffled.sections('zh').map((p) => p.key)).toEqual(['a', 'b']);
  });

  it('gives each page its URL', () => {
    expect(guide.overview('zh').path).toBe('/zh/');
    expect(guide.page('en', 'causes')?.path).toBe('/en/causes/');
  });

  it('links neighbouring sections but never the overview', () => {
    const causes = guide.page('zh', 'causes');
    const strategies = guide.page('zh', 'strategies');
    if (!causes || !strategies) throw new Error('fixture pages missing');
    expect(guide.previous(causes)).toBeUndefined();
    expect(guide.next(causes)?.key).toBe('strategies');
    expect(guide.previous(strategies)?.key).toBe('causes');
    expect(guide.next(strategies)).toBeUndefined();
  });

  it('keeps the languages apart', () => {
    expect(guide.sections('zh').every((p) => p.lang === 'zh')).toBe(true);
  });

  it('keeps the site’s own pages out of the numbered parts and the previous/next chain', () => {
    const withHelp = buildGuide([...validGuide(), { ...page('en', 'help', 9), kind: 'site' }]);
    expect(withHelp.sections('en').map((p) => p.key)).toEqual(['causes', 'strategies']);
    expect(withHelp.sitePages('en').map((p) => [p.key, p.number])).toEqual([['help', 0]]);
    expect(withHelp.next(withHelp.page('en', 'strategies')!)).toBeUndefined();
  });
});
