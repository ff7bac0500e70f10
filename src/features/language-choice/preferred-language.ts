import type { Lang } from '../../lib/languages';

/**
 * The guide language a browser's preference list asks for first (navigator.languages order),
 * or undefined when it names neither, in which case the root page simply shows both links.
 */
export function preferredLang(languages: readonly string[]): Lang | undefined {
  for (const tag of languages) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (primary === 'zh') return 'zh';
    if (primary === 'en') return 'en';
  }
  return undefined;
}
