/**
 * Build-time side of the search words (content/search/<lang>.yaml): the check that keeps the
 * file honest, and the pinyin table shipped with the Chinese words. Not loaded in the browser.
 */
import { pinyin } from 'pinyin-pro';
import { compactOf } from './corpus';
import type { SearchVocabulary } from './lexicon';
import { stemKey } from './stem';

/**
 * Every `guide` word must be in the language's page text as written (Chinese: spaces ignored;
 * English: word for word, by stems), or the reader would be sent to words the guide does not
 * use; no `outside` word may be, or a question the guide answers would be turned away. Returns
 * one message per word that breaks the rule.
 */
export function missingGuideWords(words: SearchVocabulary, pageText: string, script: 'han' | 'latin'): string[] {
  const haystack = script === 'han' ? compactOf(pageText) : ` ${stemKey(pageText)} `;
  const says = (word: string) =>
    script === 'han' ? haystack.includes(compactOf(word)) : haystack.includes(` ${stemKey(word)} `);
  return [
    ...words.synonyms
      .flatMap((entry) => entry.guide)
      .filter((word) => !says(word))
      .map((word) => `"${word}" (a guide word) is not in the pages' text`),
    // A topic the guide says something about is not outside it.
    ...(words.outside ?? [])
      .filter((word) => !word.includes(' + ') && says(word))
      .map((word) => `"${word}" (listed as outside the guide) is in the pages' text`),
    // Nor is one made of words the guide uses together, in one sentence.
    ...(words.outside ?? [])
      .filter((word) => word.includes(' + ') && saidTogether(word.split(' + '), pageText, script))
      .map((word) => `"${word}" (listed as outside the guide) is said together in one sentence of the pages`),
  ];
}

function saidTogether(parts: readonly string[], pageText: string, script: 'han' | 'latin'): boolean {
  return pageText.split(/[。！？；.!?;\n]+/u).some((sentence) => {
    const haystack = script === 'han' ? compactOf(sentence) : ` ${stemKey(sentence)} `;
    return parts.every((part) =>
      script === 'han' ? haystack.includes(compactOf(part)) : haystack.includes(` ${stemKey(part)} `),
    );
  });
}

/** The 3,755 characters of GB 2312 level 1: the common characters a pinyin keyboard offers first. */
function commonCharacters(): string {
  const decoder = new TextDecoder('gb2312');
  let out = '';
  for (let high = 0xb0; high <= 0xd7; high++) {
    for (let low = 0xa1; low <= 0xfe; low++) {
      if (high === 0xd7 && low > 0xf9) break;
      out += decoder.decode(new Uint8Array([high, low]));
    }
  }
  return out;
}

/**
 * Toneless pinyin (ü as v, as keyboards type it) → the characters that read so, for the common
 * characters and every character in `text`. Characters with several readings are under each.
 */
export function pinyinTable(text: string): Record<string, string> {
  const chars = new Set([...commonCharacters(), ...text].filter((char) => /\p{Script=Han}/u.test(char)));
  const table = new Map<string, string>();
  for (const char of [...chars].sort()) {
    for (const syllable of pinyin(char, { toneType: 'none', multiple: true, type: 'array', v: true })) {
      if (/^[a-z]+$/.test(syllable)) table.set(syllable, (table.get(syllable) ?? '') + char);
    }
  }
  return Object.fromEntries([...table].sort(([a], [b]) => a.localeCompare(b)));
}
