import { type Corpus, compactOf, type Script } from './corpus';
import { askedQuantity, asksOnly, type Quantity } from './detail';
import type { Lexicon } from './lexicon';
import type { Pinyin } from './pinyin';
import { stem, stemKey, words } from './stem';
import { closestWord, distance } from './typo';

/**
 * What a reader typed, understood as the things the guide may say: question words and filler
 * dropped ("逾期了怎么处理" → 逾期), reader's words replaced by the guide's (找朋友借 → 亲友,
 * "can't afford" → "raise the money"), and typos mended (正信 → 征信, "colectors" → collectors).
 * What is left and the guide never says is kept as `unknown`: the ranking needs to know how much
 * of the question the guide leaves unanswered.
 */
export interface Concept {
  /** What the reader typed for it. */
  typed: string;
  /** How the guide may say it: Chinese text, or English stem keys. */
  terms: string[];
  /**
   * Below 1 for an everyday English word the guide happens to use ("fast", "keep"): it says less
   * about which passage answers than a rare word would. Left out when 1.
   */
  specificity?: number;
}

export interface Analysis {
  concepts: Concept[];
  /** Content the guide never says, as typed. */
  unknown: string[];
  /** Topics the guide does not cover (花呗, "tax refund"), as typed. */
  outside: string[];
  /**
   * English: what the unknown words are worth together, in rare words: an everyday word
   * ("totally", "place") is the reader's way of talking and counts for less than a rare one
   * ("bankruptcy"), which may be the question's topic. Left out when there are none.
   */
  unknownWords?: number;
  /** The quantity the question asks for (多久, "how many days"), if any. */
  quantity?: Quantity;
}

export function analyze(query: string, corpus: Corpus, lexicon: Lexicon, pinyin?: Pinyin): Analysis {
  const text = query.normalize('NFKC').toLowerCase().trim();
  const analysis =
    corpus.script === 'han' ? analyzeHan(text, corpus, lexicon, pinyin) : analyzeLatin(text, corpus, lexicon);
  const quantity = askedQuantity(text, corpus.script);
  return {
    ...analysis,
    concepts: storyBefore(text, notWanted(text, analysis.concepts, corpus.script), corpus.script),
    outside: [...analysis.outside, ...outsideTogether(text, corpus, lexicon)],
    ...(quantity ? { quantity } : {}),
  };
}

/**
 * What the reader does not want ("instalments instead of paying it all at once", 分几个月还，不要
 * 一次还完) says what the question is not about: it counts for half.
 */
const NOT_WANTED = { han: /(?<!要)不要|而不是|不想|别再/u, latin: /\b(?:instead of|rather than)\b/u } as const;
const NOT_WANTED_WEIGHT = 0.5;

function notWanted(text: string, concepts: Concept[], script: Script): Concept[] {
  const at = text.search(NOT_WANTED[script]);
  if (at < 0) return concepts;
  return concepts.map((concept) => {
    const where = script === 'han' ? text.indexOf(concept.typed) : text.indexOf(concept.typed.split(' ')[0] ?? '');
    return where > at ? { ...concept, specificity: (concept.specificity ?? 1) * NOT_WANTED_WEIGHT } : concept;
  });
}

/**
 * Where a reader says that the question comes now (我就想知道, 想问一下, "my question is"), what
 * came before is the story: the collector's calls that led to 会不会坐牢, the partial payment
 * before 是不是根本没用. The story's words count for half, once the question has words of its own.
 */
const ASKING = {
  han: /(?:想|要)知道|想问|请问|问一下|问下|问问|我的问题是/gu,
  latin:
    /\b(?:i (?:just |really )?(?:want|wanna|need) to know|my question is|i(?:'m| am) wondering|can (?:you|anyone|someone) tell me)\b/gu,
} as const;
const STORY_WEIGHT = 0.5;

function storyBefore(text: string, concepts: Concept[], script: Script): Concept[] {
  const asking = [...text.matchAll(ASKING[script])].at(-1);
  if (!asking) return concepts;
  const at = asking.index;
  // An English concept is named by the guide's stem for it, a misspelling mended
  // (installments → instalment): found by stem, within one letter.
  const tokens = script === 'latin' ? words(text).map((w) => ({ ...w, stem: stem(w.word) })) : [];
  const where = (concept: Concept) => {
    if (script === 'han') return text.lastIndexOf(concept.typed);
    const first = stem(concept.typed.split(' ')[0] ?? '');
    return tokens.findLast((t) => distance(t.stem, first, 1) <= 1)?.start ?? -1;
  };
  if (!concepts.some((concept) => where(concept) > at)) return concepts;
  return concepts.map((concept) => {
    const found = where(concept);
    return found >= 0 && found < at ? { ...concept, specificity: (concept.specificity ?? 1) * STORY_WEIGHT } : concept;
  });
}

/** The topics outside the guide whose parts are all in the question, in any order ("额度怎么提高"). */
function outsideTogether(text: string, corpus: Corpus, lexicon: Lexicon): string[] {
  const says =
    corpus.script === 'han'
      ? (part: string) => compactOf(text).includes(part)
      : (part: string) => ` ${stemKey(text.replace(/’/g, "'"))} `.includes(` ${part} `);
  return lexicon.outsideTogether.filter((parts) => parts.every(says)).map((parts) => parts.join(' + '));
}

// Chinese ---------------------------------------------------------------------------------------

type Piece = { text: string } | { concept: Concept } | { outside: string };

function analyzeHan(query: string, corpus: Corpus, lexicon: Lexicon, pinyin?: Pinyin): Analysis {
  const concepts: Concept[] = [];
  const unknown: string[] = [];
  const outside: string[] = [];
  // Chinese with any pinyin typed into it ("罚xi", "微粒贷kefu电话"), and numbers; anything else
  // separates them.
  for (const [token] of query.matchAll(/(?:\p{Script=Han}|[a-z]+)+|\d+(?:\.\d+)?/gu)) {
    if (/^\d/.test(token) || (/^[a-z]+$/.test(token) && corpus.has(token))) {
      if (corpus.has(token)) concepts.push({ typed: token, terms: [token] });
      else unknown.push(token);
      continue;
    }
    const han = pinyin ? fromPinyin(token, corpus, lexicon, pinyin) : token;
    for (const part of han.split(/([a-z]+)/)) {
      if (!part) continue;
      if (/^[a-z]+$/.test(part)) {
        // A Latin word the guide says (微粒贷app: “没有独立的 App”), or letters a reader types
        // for a word (zx for 征信); not pinyin.
        const synonym = lexicon.synonyms.find((s) => s.reader === part);
        if (corpus.has(part)) concepts.push({ typed: part, terms: [part] });
        else if (synonym)
          concepts.push({
            typed: part,
            terms: synonym.guide,
            ...(synonym.specificity ? { specificity: synonym.specificity } : {}),
          });
        else if (!lexicon.isStop(part)) unknown.push(part);
        continue;
      }
      const result = hanRun(part, corpus, lexicon, pinyin);
      concepts.push(...result.concepts);
      unknown.push(...result.unknown);
      outside.push(...result.outside);
    }
  }
  return { concepts: merge(concepts, 'han'), unknown, outside };
}

/**
 * The longest stretch of a question looked up in the guide as one: a whole sentence the guide
 * says word for word is rare, and looking up every stretch of a 300-character question is not.
 */
const LONGEST_STRETCH = 16;

/**
 * Particles that end a phrase and never begin a word of the guide's kind: the guide's text has
 * them before every noun (的逾期记录), so the text alone cannot tell that they are not part of it.
 */
const NEVER_FIRST = new Set(['的', '吗', '呢', '吧', '啊', '呀']);

function hanRun(run: string, corpus: Corpus, lexicon: Lexicon, pinyin?: Pinyin): Analysis {
  const synonyms = (pieces: Piece[]) => {
    // Topics outside the guide first: 房贷利率 asks about rates, whatever 房贷 means to the guide.
    for (const topic of lexicon.outside) {
      pieces = pieces.flatMap((piece) => ('text' in piece ? splitOn(piece.text, topic, { outside: topic }) : [piece]));
    }
    // The reader's phrases next, longest first: 还不上 before the particle 还.
    for (const synonym of lexicon.synonyms) {
      const concept = {
        typed: synonym.reader,
        // What the reader typed counts too where the guide says it as well (焦虑).
        terms: corpus.has(synonym.reader) ? [...synonym.guide, synonym.reader] : synonym.guide,
        ...(synonym.specificity ? { specificity: synonym.specificity } : {}),
      };
      // The guide's own word that holds the reader's (宽限期 holds 宽限) is taken whole: its
      // last character is not left over as something the guide does not say.
      for (const word of synonym.guide.filter((g) => g !== synonym.reader && g.startsWith(synonym.reader))) {
        pieces = pieces.flatMap((piece) =>
          'text' in piece ? splitOn(piece.text, word, { concept: { ...concept, typed: word } }) : [piece],
        );
      }
      pieces = pieces.flatMap((piece) =>
        'text' in piece ? splitOn(piece.text, synonym.reader, { concept }) : [piece],
      );
    }
    return pieces;
  };
  let pieces = synonyms([{ text: run }]);
  // Question words and particles of two or more characters, wherever they are, and the A-not-A
  // questions (算不算, 是不是, 可不可以), whatever the verb.
  for (const stop of lexicon.stopPhrases.filter((s) => [...s].length > 1)) {
    pieces = pieces.flatMap((piece) => ('text' in piece ? splitOn(piece.text, stop, undefined) : [piece]));
  }
  pieces = pieces.flatMap((piece): Piece[] =>
    'text' in piece
      ? piece.text
          .split(/(\p{Script=Han})不\1/u)
          .filter((part, i) => i % 2 === 0 && part)
          .map((text) => ({ text }))
      : [piece],
  );
  // What is left may hold a typo; mended, it may be a reader's phrase.
  pieces = pieces.flatMap((piece) => {
    if (!('text' in piece)) return [piece];
    const mended = mendTypos(piece.text, corpus, lexicon, pinyin);
    return mended === piece.text ? [piece] : synonyms([{ text: mended }]);
  });
  const concepts: Concept[] = [];
  const unknown: string[] = [];
  const outside: string[] = [];
  for (const piece of pieces) {
    if ('concept' in piece) {
      concepts.push(piece.concept);
      continue;
    }
    if ('outside' in piece) {
      outside.push(piece.outside);
      continue;
    }
    // The longest stretches the guide says; single characters left over are particles or noise.
    const chars = [...piece.text];
    let leftover = '';
    const flush = () => {
      if (leftover) unknown.push(leftover);
      leftover = '';
    };
    const longestFrom = (i: number) => {
      let end = Math.min(chars.length, i + LONGEST_STRETCH);
      while (end - i >= 2 && !corpus.has(chars.slice(i, end).join(''))) end--;
      return end;
    };
    for (let i = 0; i < chars.length; ) {
      let end = longestFrom(i);
      // A particle that makes a short word with the start of a longer one (在微粒贷: 在微 as in
      // 在微信, then 粒贷) is the particle: the longer word is what the reader typed.
      const particle = lexicon.isStop(chars[i] ?? '') && end - i >= 2;
      const next = particle ? longestFrom(i + 1) : 0;
      if (next > end && next - i - 1 > end - i) {
        flush();
        i++;
        continue;
      }
      // A particle at the edge of a match belongs to the question, not the word (逾期会 → 逾期),
      // unless the match is one of the search words (全款偿还 ends in 还).
      while (
        end - i > 2 &&
        lexicon.isStop(chars[end - 1] ?? '') &&
        !lexicon.phrases.includes(chars.slice(i, end).join(''))
      )
        end--;
      // But not a character that makes a word with the next one (还款日 is not 还 + 款日); a
      // particle that never starts a word (的逾期记录) always goes.
      if (
        (end - i > 2 &&
          lexicon.isStop(chars[i] ?? '') &&
          (NEVER_FIRST.has(chars[i] ?? '') || !corpus.has(chars.slice(i, i + 2).join(''))) &&
          corpus.has(chars.slice(i + 1, end).join(''))) ||
        // …and is no word of two characters either (催收的人说: 的人 is not a word).
        (end - i === 2 && NEVER_FIRST.has(chars[i] ?? ''))
      ) {
        flush();
        i++;
        continue;
      }
      // A stretch made only of particles (会被) says nothing of its own.
      if (end - i >= 2 && chars.slice(i, end).every((c) => lexicon.isStop(c))) {
        flush();
        i = end;
        continue;
      }
      if (end - i >= 2) {
        flush();
        const word = chars.slice(i, end).join('');
        concepts.push(...(generalParts(word, corpus) ?? [{ typed: word, terms: [word] }]));
        i = end;
      } else {
        const char = chars[i] ?? '';
        if (lexicon.isStop(char)) flush();
        else leftover += char;
        i++;
      }
    }
    flush();
  }
  return { concepts, unknown, outside };
}

/**
 * Two words that are all over the guide, typed together (微粒贷逾期), are the two words: the
 * passage that happens to say them side by side is not more about them than the rest.
 */
function generalParts(word: string, corpus: Corpus): Concept[] | undefined {
  const chars = [...word];
  const general = (part: string) =>
    corpus.has(part) &&
    corpus.passages.filter((p) => corpus.find(p, part).length > 0).length >= corpus.passages.length / 3;
  for (let k = 2; k <= chars.length - 2; k++) {
    const [a, b] = [chars.slice(0, k).join(''), chars.slice(k).join('')];
    if (general(a) && general(b)) return [a, b].map((part) => ({ typed: part, terms: [part] }));
  }
  return undefined;
}

/** `text` split around each `needle`, which becomes `piece` (or is dropped when undefined). */
function splitOn(text: string, needle: string, piece: Piece | undefined): Piece[] {
  if (!needle || !text.includes(needle)) return text ? [{ text }] : [];
  const out: Piece[] = [];
  text.split(needle).forEach((part, i) => {
    if (i > 0 && piece) out.push(piece);
    if (part) out.push({ text: part });
  });
  return out;
}

/**
 * Characters the guide and the reader phrases never put together are likely a pinyin slip: a
 * window of 2–4 characters around them is replaced by a known word (a reader phrase, a guide
 * word, a heading) that reads the same and shares a character with it (正信 → 征信, 微粒带 →
 * 微粒贷). Only known words are offered, never any stretch of the text, so a real word the
 * guide does not use (一直) is left alone.
 */
function mendTypos(run: string, corpus: Corpus, lexicon: Lexicon, pinyin?: Pinyin): string {
  if (!pinyin) return run;
  const known = (s: string) => corpus.has(s) || lexicon.readerSays(s) || lexicon.stopPhrases.includes(s);
  const vocabulary = soundIndex(corpus, lexicon);
  let chars = [...run];
  // A character inside a word the guide or the reader phrases know (注意) is not a slip.
  const isCovered = (at: number) =>
    [2, 3, 4].some((n) =>
      Array.from({ length: n }, (_, k) => at - k).some(
        (from) => from >= 0 && from + n <= chars.length && known(chars.slice(from, from + n).join('')),
      ),
    );
  for (let i = 0; i < chars.length; i++) {
    if (isCovered(i) || lexicon.isStop(chars[i] ?? '')) continue;
    for (const n of [4, 3, 2]) {
      let mended: { from: number; to: string } | undefined;
      for (let from = Math.max(0, i - n + 1); from <= i && from + n <= chars.length && !mended; from++) {
        const window = chars.slice(from, from + n).join('');
        const fix = soundAlike(window, vocabulary, pinyin, (c) => lexicon.isStop(c));
        const changesKnown = fix && [...fix].some((c, k) => c !== chars[from + k] && isCovered(from + k));
        if (fix && !changesKnown) mended = { from, to: fix };
      }
      if (mended) {
        chars = [...chars.slice(0, mended.from), ...mended.to, ...chars.slice(mended.from + n)];
        break;
      }
    }
  }
  return chars.join('');
}

/** The known words by length, place and character: a slip shares a character with its word. */
interface SoundIndex {
  byPlace: ReadonlyMap<string, ReadonlyArray<{ word: string; count: number; order: number }>>;
}

// Built once per guide and search words: a long question would otherwise look at every known word
// for each of its characters (a 300-character question took a third of a second).
const soundIndexes = new WeakMap<Corpus, WeakMap<Lexicon, SoundIndex>>();

function soundIndex(corpus: Corpus, lexicon: Lexicon): SoundIndex {
  const cached = soundIndexes.get(corpus)?.get(lexicon);
  if (cached) return cached;
  const byPlace = new Map<string, Array<{ word: string; count: number; order: number }>>();
  let order = 0;
  for (const [word, count] of knownWords(corpus, lexicon)) {
    const chars = [...word];
    chars.forEach((char, k) => {
      const key = `${chars.length}:${k}:${char}`;
      byPlace.set(key, [...(byPlace.get(key) ?? []), { word, count, order }]);
    });
    order++;
  }
  const index = { byPlace };
  soundIndexes.set(corpus, (soundIndexes.get(corpus) ?? new WeakMap()).set(lexicon, index));
  return index;
}

/** Every stretch of 2–4 characters of a known word, with how many known words hold it. */
function knownWords(corpus: Corpus, lexicon: Lexicon): Map<string, number> {
  const counts = new Map<string, number>();
  for (const phrase of [...lexicon.phrases, ...corpus.headings()]) {
    const chars = [...phrase];
    for (let n = 2; n <= 4; n++) {
      for (let k = 0; k + n <= chars.length; k++) {
        const part = chars.slice(k, k + n).join('');
        if (/^\p{Script=Han}+$/u.test(part)) counts.set(part, (counts.get(part) ?? 0) + 1);
      }
    }
  }
  return counts;
}

function soundAlike(
  window: string,
  vocabulary: SoundIndex,
  pinyin: Pinyin,
  isStop: (char: string) => boolean,
): string | undefined {
  const chars = [...window];
  const needed = Math.max(1, chars.length - 2);
  // A particle in common is no evidence: 太高了 is not a slip for 告了.
  const shared = (other: string[]) => other.filter((c, k) => c === chars[k] && !isStop(c)).length;
  const candidates = chars.flatMap((char, k) =>
    isStop(char) ? [] : (vocabulary.byPlace.get(`${chars.length}:${k}:${char}`) ?? []),
  );
  // A word that sounds the same first; only if there is none, one that sounds the same to a
  // reader who does not tell zh from z (投述 → 投诉).
  for (const loosely of [false, true]) {
    let best: { word: string; count: number; order: number } | undefined;
    for (const candidate of candidates) {
      if (candidate.word === window) continue;
      if (best && (candidate.count < best.count || (candidate.count === best.count && candidate.order >= best.order)))
        continue;
      if (shared([...candidate.word]) < needed || !pinyin.soundsAlike(window, candidate.word, loosely)) continue;
      best = candidate;
    }
    if (best) return best.word;
  }
  return undefined;
}

/**
 * Pinyin typed in Latin letters, alone or among characters (zhengxin, kefu, 罚xi), as the known
 * word that reads so: each run of letters, with up to two characters either side of it, is
 * matched against the known words. Letters that read as no known word are left as they are.
 */
function fromPinyin(token: string, corpus: Corpus, lexicon: Lexicon, pinyin: Pinyin): string {
  if (!/[a-z]/.test(token)) return token;
  // Question words typed in pinyin (zenmeban) too, so that they are dropped as typed in characters.
  const vocabulary = new Map(knownWords(corpus, lexicon));
  for (const stop of lexicon.stopPhrases) if ([...stop].length > 1 && !vocabulary.has(stop)) vocabulary.set(stop, 0);
  let text = token;
  for (const match of [...token.matchAll(/[a-z]+/g)]) {
    const latin = match[0];
    const at = text.indexOf(latin);
    if (at === -1) continue;
    const before = [...text.slice(0, at)].filter((c) => /\p{Script=Han}/u.test(c));
    const after = [...text.slice(at + latin.length)];
    let best: { word: string; left: number; right: number; score: number } | undefined;
    for (const syllables of pinyin.splits(latin)) {
      for (let left = 0; left <= Math.min(2, before.length); left++) {
        for (let right = 0; right <= Math.min(2, after.length); right++) {
          const fixed = [...before.slice(before.length - left), ...syllables.map(() => ''), ...after.slice(0, right)];
          const spoken = [
            ...before.slice(before.length - left).map(() => ''),
            ...syllables,
            ...after.slice(0, right).map(() => ''),
          ];
          if (fixed.length < 2) continue;
          for (const [word, count] of vocabulary) {
            const chars = [...word];
            if (chars.length !== fixed.length) continue;
            const fits = chars.every((c, k) => (fixed[k] ? c === fixed[k] : pinyin.reads(c, [spoken[k] ?? ''])));
            const score = chars.length * 100 + count;
            if (fits && (!best || score > best.score)) best = { word, left, right, score };
          }
        }
      }
    }
    if (best) {
      const start = text.slice(0, at).length - best.left;
      const end = at + latin.length + best.right;
      text = `${text.slice(0, start)}${best.word}${text.slice(end)}`;
    }
  }
  return text;
}

// English ---------------------------------------------------------------------------------------

function analyzeLatin(query: string, corpus: Corpus, lexicon: Lexicon): Analysis {
  // Misspelt words first, so that the phrases and the guide's words can be recognised.
  const tokens = words(query.replace(/’/g, "'")).map(({ word }) => {
    if (word.length < 4 || /\d/.test(word) || lexicon.isStop(word)) return word;
    // Nor an everyday word the guide does not use: "mother" is not a slip for "other".
    if (corpus.has(stem(word)) || lexicon.hasReaderWord(word) || lexicon.specificity(stem(word)) < 1) return word;
    return closestWord(word, [corpus.vocabulary, lexicon.readerWords]) ?? word;
  });
  const stems = tokens.map(stem);
  const used = tokens.map(() => false);
  const concepts: Concept[] = [];
  // Topics outside the guide first ("tax refund"): the rest of the question is read as usual.
  const outside: string[] = [];
  for (const topic of lexicon.outside) {
    const wanted = topic.split(' ');
    for (let i = 0; i + wanted.length <= stems.length; i++) {
      if (wanted.some((s, k) => used[i + k] || stems[i + k] !== s)) continue;
      outside.push(tokens.slice(i, i + wanted.length).join(' '));
      for (let k = 0; k < wanted.length; k++) used[i + k] = true;
    }
  }
  const isOutside = new Set(used.flatMap((u, i) => (u ? [i] : [])));
  const meaningful = tokens.flatMap((token, i) => (lexicon.isStop(token) || isOutside.has(i) ? [] : [i]));
  // Reader phrases, wherever they are in the query; they may overlap ("affect my credit score").
  // A phrase of words that all carry meaning is found with filler between them too: "pay back
  // part" says "pay part".
  for (const synonym of lexicon.synonyms) {
    const wanted = synonym.reader.split(' ');
    const found = (positions: number[]) => {
      for (let i = 0; i + wanted.length <= positions.length; i++) {
        const at = positions.slice(i, i + wanted.length);
        if (at.some((k) => isOutside.has(k)) || !wanted.every((s, k) => stems[at[k] ?? -1] === s)) continue;
        const typed = at.map((k) => tokens[k]).join(' ');
        // What the reader typed counts too where the guide says it as well ("negotiate").
        concepts.push({
          typed,
          terms: corpus.has(synonym.reader) ? [...synonym.guide, synonym.reader] : synonym.guide,
          ...(synonym.specificity ? { specificity: synonym.specificity } : {}),
        });
        for (const k of at) used[k] = true;
      }
    };
    found(tokens.map((_, i) => i));
    if (wanted.length > 1 && !synonym.reader.split(' ').some((w) => lexicon.isStop(w))) found(meaningful);
  }
  const rest = tokens
    .map((token, i) => ({ token, stem: stems[i] ?? '', i }))
    .filter(({ token, i }) => !used[i] && !lexicon.isStop(token));
  const unknown: string[] = [];
  // The guide's own phrases ("grace period", "repay in full") stay together, with the small words
  // between them as typed; other words go one by one.
  const phraseOf = (from: number, m: number) => {
    const first = rest[from]?.i ?? 0;
    const last = rest[from + m - 1]?.i ?? 0;
    const inside = tokens.slice(first, last + 1).map((token, j) => ({ token, at: first + j }));
    // Only filler may come between the words: not a word already read as a reader phrase.
    const gaps = inside.filter(({ at }) => !rest.slice(from, from + m).some((r) => r.i === at));
    if (last - first > m + 1 || gaps.some(({ token, at }) => used[at] || !lexicon.isStop(token))) return undefined;
    const key = inside.map(({ at }) => stems[at] ?? '').join(' ');
    return corpus.has(key) ? { key, typed: inside.map(({ token }) => token).join(' ') } : undefined;
  };
  for (let k = 0; k < rest.length; ) {
    let n = Math.min(3, rest.length - k);
    while (n > 1 && !phraseOf(k, n)) n--;
    const group = rest.slice(k, k + n);
    const phrase = n > 1 ? phraseOf(k, n) : undefined;
    const key = phrase?.key ?? group.map((r) => r.stem).join(' ');
    const typed = phrase?.typed ?? group.map((r) => r.token).join(' ');
    const specificity = lexicon.specificity(key);
    if (!corpus.has(key)) unknown.push(typed);
    else if (specificity < 1) concepts.push({ typed, terms: [key], specificity });
    else concepts.push({ typed, terms: [key] });
    k += n;
  }
  const unknownWords = unknown.reduce((sum, typed) => sum + lexicon.specificity(stemKey(typed)), 0);
  return { concepts: merge(concepts, 'latin'), unknown, outside, ...(unknown.length > 0 ? { unknownWords } : {}) };
}

/**
 * One concept for the reader's words that the guide says the same way; named after one that says
 * what the question is about (消掉, not 多久 in 多久才能消掉), for the quantity it asks.
 */
function merge(concepts: Concept[], script: Script): Concept[] {
  const seen = new Map<string, Concept>();
  for (const concept of concepts) {
    const key = [...concept.terms].sort().join('\n');
    const kept = seen.get(key);
    const keptAsks = kept !== undefined && asksOnly(kept.typed, script);
    const asks = asksOnly(concept.typed, script);
    // Of two phrases for the same thing, the one that says more of it counts: 筹钱 after 钱不够.
    const tellsMore = keptAsks === asks && (concept.specificity ?? 1) > (kept?.specificity ?? 1);
    if (!kept || (keptAsks && !asks) || tellsMore) seen.set(key, concept);
  }
  return [...seen.values()];
}
