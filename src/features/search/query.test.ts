import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  normalizeQuery,
  phraseQuery,
  queryFromSearch,
  resultHref,
  searchPageUrl,
  wantsHighlight,
} from './query';
import { MAX_QUOTED_LENGTH, quotedQuery } from './quote';

describe('normalizeQuery', () => {
  it('trims, collapses spaces (ideographic ones too) and drops quotes', () => {
    expect(normalizeQuery('  grace \t  period ')).toBe('grace period');
    expect(normalizeQuery('\u3000罚息\u3000')).toBe('罚息');
    expect(normalizeQuery('"罚息"')).toBe('罚息');
    expect(normalizeQuery('“征信”')).toBe('征信');
  });

  it('returns an empty query for only spaces', () => {
    expect(normalizeQuery('   \n ')).toBe('');
    expect(phraseQuery('  ')).toBeUndefined();
  });

  it('cuts very long input', () => {
    expect(normalizeQuery('a'.repeat(5000))).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('keeps a whole spoken question, and quotes a long one back cut short', () => {
    const spoken = `${'我妈住院花了好多钱然后微粒贷就没还上现在天天有人打电话来催我'.repeat(4)}要不要记下来`;
    expect(normalizeQuery(spoken)).toBe(spoken);
    expect(quotedQuery('罚息')).toBe('罚息');
    const quoted = quotedQuery(spoken);
    expect(Array.from(quoted)).toHaveLength(MAX_QUOTED_LENGTH);
    expect(quoted.endsWith('…')).toBe(true);
    // Characters outside the Basic Multilingual Plane are not split.
    expect(quotedQuery('𠮷'.repeat(100))).toBe(`${'𠮷'.repeat(MAX_QUOTED_LENGTH - 1)}…`);
  });

  it('leaves HTML and regex characters as plain text', () => {
    expect(normalizeQuery('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
    const regex = ['.*+?^$', '{}()|[]\\'].join('');
    expect(normalizeQuery(regex)).toBe(regex);
  });

  it('makes an exact phrase for Pagefind', () => {
    expect(phraseQuery('罚息')).toBe('"罚息"');
    expect(phraseQuery('"grace period"')).toBe('"grace period"');
  });
});

describe('search page URL', () => {
  it('reads ?q=', () => {
    expect(queryFromSearch('?q=%E5%BE%81%E4%BF%A1')).toBe('征信');
    expect(queryFromSearch('?q=grace+period')).toBe('grace period');
    expect(queryFromSearch('')).toBe('');
  });

  it('writes ?q= and keeps other parameters, drops an empty query', () => {
    expect(searchPageUrl('https://x.test/guide/zh/search/?q=a&utm=1#r', '征信')).toBe(
      '/guide/zh/search/?q=%E5%BE%81%E4%BF%A1&utm=1',
    );
    expect(searchPageUrl('https://x.test/zh/search/?q=a', '  ')).toBe('/zh/search/');
  });
});

describe('result links', () => {
  it('carry one highlight parameter per term and the heading', () => {
    expect(resultHref('/zh/why-full-repayment/', ['罚息'], 'cost-of-delay')).toBe(
      '/zh/why-full-repayment/?pagefind-highlight=%E7%BD%9A%E6%81%AF#cost-of-delay',
    );
    expect(resultHref('/en/strategies/', ['grace', 'period'])).toBe(
      '/en/strategies/?pagefind-highlight=grace&pagefind-highlight=period',
    );
    expect(resultHref('/en/', [])).toBe('/en/');
  });

  it('tell a page to load the highlighter only when there is something to mark', () => {
    expect(wantsHighlight('?pagefind-highlight=grace%20period')).toBe(true);
    expect(wantsHighlight('?pagefind-highlight=')).toBe(false);
    expect(wantsHighlight('?q=x')).toBe(false);
    expect(wantsHighlight('')).toBe(false);
  });
});
