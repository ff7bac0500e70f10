import type { Lang } from '../lib/languages';
import type { Dictionary } from './dictionary';
import { en } from './en';
import { zh } from './zh';

const dictionaries: Record<Lang, Dictionary> = { zh, en };

/** The interface strings for one language. Server-side only: a script gets its group as JSON. */
export function t(lang: Lang): Dictionary {
  return dictionaries[lang];
}

export type { Dictionary };
