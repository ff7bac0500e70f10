/**
 * Chinese typed by sound. A reader types with a pinyin keyboard, so a wrong character is nearly
 * always one that sounds the same (正信 for 征信, 心里 for 心理), and some readers type the pinyin
 * itself (zhengxin, kefu). The table maps each toneless syllable to the characters that can read
 * so; it is made at build time from pinyin-pro for the guide's characters and the common ones.
 */
export class Pinyin {
  readonly #readings = new Map<string, string[]>();
  readonly #syllables: ReadonlySet<string>;

  constructor(table: Readonly<Record<string, string>>) {
    for (const [syllable, chars] of Object.entries(table)) {
      for (const char of chars) this.#readings.set(char, [...(this.#readings.get(char) ?? []), syllable]);
    }
    this.#syllables = new Set(Object.keys(table));
  }

  /**
   * Whether two strings of characters can be read the same, character by character. `loosely`:
   * also as many readers from the south say them, with z/zh, c/ch, s/sh, n/l and the finals
   * an/ang, en/eng, in/ing not told apart (the fuzzy sounds pinyin keyboards offer: 投述 for 投诉).
   */
  soundsAlike(a: string, b: string, loosely = false): boolean {
    const x = [...a];
    const y = [...b];
    if (x.length !== y.length) return false;
    const heard = (syllable: string) => (loosely ? looseSound(syllable) : syllable);
    return x.every((char, i) => {
      const other = y[i] ?? '';
      if (char === other) return true;
      const mine = this.#readings.get(char)?.map(heard);
      const theirs = this.#readings.get(other)?.map(heard);
      return Boolean(mine && theirs && mine.some((s) => theirs.includes(s)));
    });
  }

  /** Whether `latin` could be pinyin at all (only syllables, e.g. "zhengxin", "ke fu"). */
  splits(latin: string): string[][] {
    const text = latin.toLowerCase().replace(/[^a-z]/g, '');
    const out: string[][] = [];
    const walk = (from: number, acc: string[]) => {
      if (out.length >= 8) return;
      if (from === text.length) {
        if (acc.length > 0) out.push(acc);
        return;
      }
      // Longest syllable first: "xian" before "xi" + "an".
      for (let end = Math.min(text.length, from + 6); end > from; end--) {
        const syllable = text.slice(from, end);
        if (this.#syllables.has(syllable)) walk(end, [...acc, syllable]);
      }
    };
    walk(0, []);
    return out;
  }

  /** Whether the characters of `han` can be read as `syllables`, in order. */
  reads(han: string, syllables: readonly string[]): boolean {
    const chars = [...han];
    return (
      chars.length === syllables.length &&
      chars.every((char, i) => this.#readings.get(char)?.includes(syllables[i] ?? '') ?? false)
    );
  }
}

/** A syllable as it sounds with the fuzzy pairs merged: "shu" and "su" → "su", "lang" → "nan". */
export function looseSound(syllable: string): string {
  return syllable
    .replace(/^([zcs])h/, '$1')
    .replace(/^l/, 'n')
    .replace(/([aei])ng$/, '$1n');
}
