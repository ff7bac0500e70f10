/** The languages the guide is published in, in the order the site lists them. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The first language is the original; the others are translations of it. */
export const SOURCE_LANG: Lang = 'zh';

/** BCP 47 tags for `<html lang>` and `hreflang`; `zh-CN` makes browsers pick Simplified glyphs. */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/** Open Graph locales (language_TERRITORY); the English text is British. */
export const OG_LOCALE: Record<Lang, string> = { zh: 'zh_CN', en: 'en_GB' };

/** The locale dates, money and plural forms are written in (British English: "17 May 2025"). */
export const INTL_LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The languages other than `lang`, in site order: one language link in the header each. */
export function otherLangs(lang: Lang): Lang[] {
  return LANGS.filter((other) => other !== lang);
}

/**
 * The language of the page being rendered, for components placed in the MDX content (they get
 * no props from the page): `langOf(Astro.currentLocale)`. Pages pass `lang` as a prop; browser
 * scripts read `data-lang` from their own element.
 */
export function langOf(locale: string | undefined): Lang {
  // Astro names a locale by its path (`en`) or, where the config lists codes, its first code (`zh-CN`).
  const lang = LANGS.find((candidate) => candidate === locale || HTML_LANG[candidate] === locale);
  if (!lang) throw new Error(`No guide language for the locale "${locale}" of this page`);
  return lang;
}

/** How search reads a language: Chinese as characters (no spaces between words), others as words. */
export const SEARCH_SCRIPT: Record<Lang, 'han' | 'latin'> = { zh: 'han', en: 'latin' };
