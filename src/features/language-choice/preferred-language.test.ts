import { describe, expect, it } from 'vitest';
import { preferredLang } from './preferred-language';

describe('preferredLang', () => {
  it('follows the first language the browser names', () => {
    expect(preferredLang(['zh-CN', 'en'])).toBe('zh');
    expect(preferredLang(['en-GB', 'zh-CN'])).toBe('en');
  });
  it('treats every Chinese variant as Chinese', () => {
    expect(preferredLang(['zh-TW'])).toBe('zh');
    expect(preferredLang(['zh_Hans_CN'])).toBe('zh');
  });
  it('skips languages the guide is not written in', () => {
    expect(preferredLang(['fr-FR', 'en-US'])).toBe('en');
  });
  it('gives no answer when neither language is named', () => {
    expect(preferredLang(['fr', 'de'])).toBeUndefined();
    expect(preferredLang([])).toBeUndefined();
  });
});
