import { compactOf, type Script } from './corpus';
import { stem, stemKey, words } from './stem';
import type { AnswerStrings } from './strings';

/**
 * The search words of one language as the site ships them (`/{lang}/search-words.json`, built
 * from content/search/{lang}.yaml): words that carry no meaning in a search, what readers type
 * and the guide's own words for it, and (Chinese) a pinyin table.
 */
export interface SearchVocabulary {
  stop: string[];
  /** `weight` below 1: a general way of putting the situation, worth less than what caused it. */
  synonyms: Array<{ reader: string[]; guide: string[]; weight?: number | undefined }>;
  /**
   * What readers ask about that the guide does not cover (other products, rates, taxes…). An
   * entry of parts joined by " + " is a topic made of words the guide uses, but never together:
   * "raise + credit limit", 提高 + 额度.
   */
  outside?: string[];
  /** Toneless pinyin syllable → the characters that can read so. */
  pinyin?: Record<string, string>;
  /** English: specificity factor ("0.35") → the stems of everyday words that have it, space-separated. */
  common?: Record<string, string>;
}

export interface SearchWords extends SearchVocabulary {
  /** What an answer says, in the page's language (from the dictionary). */
  answers: AnswerStrings;
}

export interface Synonym {
  /** A reader's phrase: compact Chinese text, or an English stem key. */
  reader: string;
  /** The guide's words for it, in the same form. */
  guide: string[];
  /** Below 1 for a general way of putting the situation; left out when 1. */
  specificity?: number;
}

/** The search words ready to match against a query. */
export class Lexicon {
  readonly script: Script;
  /** Longest first, so that 怎么处理 goes before 怎么. */
  readonly stopPhrases: readonly string[];
  readonly #stops: ReadonlySet<string>;
  readonly #specificity: ReadonlyMap<string, number>;
  /** Longest first: the most specific reading of the query wins. */
  readonly synonyms: readonly Synonym[];
  /** Every word of every reader phrase and outside topic (English), for correcting a misspelt query word. */
  readonly readerWords: ReadonlySet<string>;
  /** Every reader phrase (Chinese). */
  readonly readerPhrases: readonly string[];
  /** Every reader phrase and guide word (Chinese): the words a sound-alike typo is mended to. */
  readonly phrases: readonly string[];
  /** Topics outside the guide, as compact Chinese text or English stem keys; longest first. */
  readonly outside: readonly string[];
  /** Topics outside the guide made of parts the guide says, but never together; in the same form. */
  readonly outsideTogether: ReadonlyArray<readonly string[]>;

  constructor(script: Script, data: SearchVocabulary) {
    this.script = script;
    const key = (phrase: string) => (script === 'han' ? compactOf(phrase.normalize('NFKC')) : stemKey(phrase));
    this.stopPhrases = data.stop.map((s) => compactOf(s.normalize('NFKC'))).sort((a, b) => b.length - a.length);
    this.#stops = new Set(this.stopPhrases);
    this.#specificity = new Map(
      Object.entries(data.common ?? {}).flatMap(([factor, keys]) =>
        keys.split(' ').map((k) => [k, Number(factor)] as const),
      ),
    );
    this.synonyms = data.synonyms
      .flatMap((entry) =>
        entry.reader.map((reader) => ({
          reader: key(reader),
          guide: entry.guide.map(key),
          ...(entry.weight ? { specificity: entry.weight } : {}),
        })),
      )
      .filter((s) => s.reader !== '')
      .sort((a, b) => b.reader.length - a.reader.length);
    const together = (entry: string) => entry.includes(' + ');
    this.outside = (data.outside ?? [])
      .filter((entry) => !together(entry))
      .map(key)
      .filter((o) => o !== '')
      .sort((a, b) => b.length - a.length);
    this.outsideTogether = (data.outside ?? [])
      .filter(together)
      .map((entry) => entry.split(' + ').map(key))
      .filter((parts) => parts.every((part) => part !== ''));
    this.readerWords = new Set(
      [...data.synonyms.flatMap((entry) => entry.reader), ...(data.outside ?? [])].flatMap((r) =>
        words(r).map((w) => w.word.toLowerCase()),
      ),
    );
    this.readerPhrases = data.synonyms.flatMap((entry) => entry.reader.map((r) => compactOf(r.normalize('NFKC'))));
    this.phrases = [
      ...new Set([
        ...this.readerPhrases,
        ...(script === 'han' ? this.outside : []),
        ...data.synonyms.flatMap((e) => e.guide.map((g) => compactOf(g.normalize('NFKC')))),
      ]),
    ];
  }

  isStop(word: string): boolean {
    const lower = word.toLowerCase();
    return this.#stops.has(lower) || this.#stops.has(lower.replace(/['’]/g, ''));
  }

  /** Whether a reader phrase says `text` (Chinese), so it is a word, not a typo. */
  readerSays(text: string): boolean {
    if ([...text].length <= 4) return this.#readerParts().has(text);
    return [...this.readerPhrases, ...this.outside].some((phrase) => phrase.includes(text));
  }

  #parts: ReadonlySet<string> | undefined;

  /** Every stretch of up to four characters of a reader phrase or outside topic, built when first asked. */
  #readerParts(): ReadonlySet<string> {
    if (!this.#parts) {
      const parts = new Set<string>();
      for (const phrase of [...this.readerPhrases, ...this.outside]) {
        const chars = [...phrase];
        for (let n = 1; n <= 4; n++)
          for (let k = 0; k + n <= chars.length; k++) parts.add(chars.slice(k, k + n).join(''));
      }
      this.#parts = parts;
    }
    return this.#parts;
  }

  /**
   * How much an English stem says about what a question is about: 1 for a rare word, less for
   * an everyday one ("keep", "totally"); a phrase found whole ("grace period") is specific.
   */
  specificity(key: string): number {
    return key.includes(' ') ? 1 : (this.#specificity.get(key) ?? 1);
  }

  /** Whether `word` (English) is part of some reader phrase. */
  hasReaderWord(word: string): boolean {
    return this.readerWords.has(word.toLowerCase()) || this.readerWords.has(stem(word));
  }
}
