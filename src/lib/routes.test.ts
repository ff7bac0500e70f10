import { describe, expect, it } from 'vitest';
import { pagePath, stripBase, switchLangPath, withBase } from './routes';

describe('routes', () => {
  it('serves the overview at the language root and sections below it', () => {
    expect(pagePath('zh', 'overview')).toBe('/zh/');
    expect(pagePath('en', 'raise-funds')).toBe('/en/raise-funds/');
  });

  it('prefixes a deploy base without doubling slashes', () => {
    expect(withBase('/', '/zh/')).toBe('/zh/');
    expect(withBase('/guide/', '/zh/causes/')).toBe('/guide/zh/causes/');
    expect(withBase('/guide', 'zh/')).toBe('/guide/zh/');
  });

  it('strips a deploy base, and rejects paths outside it', () => {
    expect(stripBase('/', '/zh/')).toBe('/zh/');
    expect(stripBase('/guide/', '/guide/zh/causes/')).toBe('/zh/causes/');
    expect(stripBase('/guide/', '/guide')).toBe('/');
    expect(stripBase('/guide/', '/other/zh/')).toBeUndefined();
  });

  it('switches the language segment only', () => {
    expect(switchLangPath('/zh/strategies/', 'en')).toBe('/en/strategies/');
    expect(switchLangPath('/en/', 'zh')).toBe('/zh/');
    expect(switchLangPath('/zh/zh-notes/', 'en')).toBe('/en/zh-notes/');
  });
});
