import { LANGS, type Lang } from '../../lib/languages';

/**
 * The guide language a browser's preference list asks for first (navigator.languages order),
 * matched on the primary subtag (every zh-* is Chinese), or undefined when it names none of the
 * guide's languages, in which case the root page simply shows the choice.
 */
export function preferredLang(languages: readonly string[]): Lang | undefined {
  for (const tag of languages) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    const lang = LANGS.find((candidate) => candidate === primary);
    if (lang) return lang;
  }
  return undefined;
}
