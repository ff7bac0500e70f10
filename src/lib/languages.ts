/** The languages the guide is published in, in the order the site lists them. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The first language is the original; the others are translations of it. */
export const SOURCE_LANG: Lang = 'zh';

/** BCP 47 tags for `<html lang>` and `hreflang`; `zh-CN` makes browsers pick Simplified glyphs. */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/** Open Graph locales (language_TERRITORY). */
export const OG_LOCALE: Record<Lang, string> = { zh: 'zh_CN', en: 'en_US' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The other language, for the language switch (the site has exactly two). */
export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}
