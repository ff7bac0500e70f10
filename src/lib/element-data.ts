import type { Lang } from './languages';

/**
 * How a component hands its browser script what it needs: the page's language in `data-lang`
 * and the dictionary group it uses as JSON in `data-strings`, both on the custom element itself.
 * One way for every feature, so a script never guesses its language or imports every language.
 */
export function readStrings<T>(element: HTMLElement): T {
  const json = element.dataset.strings;
  if (!json) throw new Error(`<${element.localName}> has no data-strings`);
  return JSON.parse(json) as T;
}

export function readLang(element: HTMLElement): Lang {
  // The page wrote it from a Lang; checking it against the list would cost every page a chunk.
  const lang = element.dataset.lang;
  if (!lang) throw new Error(`<${element.localName}> has no data-lang`);
  return lang as Lang;
}
