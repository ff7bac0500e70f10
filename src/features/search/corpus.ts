import {
  type ExcerptPart,
  excerpt,
  type PagefindFragment,
  type PageText,
  pageText,
  type Section,
  sections,
  wordAt,
} from './page-text';
import { stem, words } from './stem';

/**
 * The guide as passages to search: every page Pagefind indexed, split at its sub-headings. A
 * query is matched against the passages' own visible text, so a result always shows the words
 * that matched. Chinese is matched as text with its spaces ignored ("保存 5 年" = "保存5年");
 * English word by word on stems, with phrases as runs of stems.
 */

export type Script = 'han' | 'latin';

export interface Passage {
  path: string;
  pageTitle: string;
  /** The heading's id; undefined for the text above the first sub-heading. */
  id: string | undefined;
  heading: string;
  /** Reading order across the guide: the tie-breaker of last resort. */
  order: number;
  /** Length for ranking: characters (Chinese) or words (English). */
  length: number;
  page: IndexedPage;
  section: Section;
}

interface IndexedPage {
  text: PageText;
  /** Chinese: the lower-cased text without whitespace, and where each character came from. */
  compact: string;
  compactAt: number[];
  /** English: the words with their stems and character ranges. */
  tokens: Array<{ stem: string; start: number; end: number }>;
}

const LATIN_EDGE = /[a-z0-9]/;

function indexPage(text: PageText): IndexedPage {
  let compact = '';
  const compactAt: number[] = [];
  const lower = text.text.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    if (/\s/u.test(lower[i] ?? '')) continue;
    compact += lower[i];
    compactAt.push(i);
  }
  const tokens = words(text.text).map(({ word, start, end }) => ({ stem: stem(word), start, end }));
  return { text, compact, compactAt, tokens };
}

export class Corpus {
  readonly script: Script;
  readonly passages: Passage[];
  /** Every passage's compact text (Chinese) or stems (English), for "does the guide say this at all?". */
  readonly #haystack: string;
  /** Surface words of the English text, lower-case, for correcting a misspelt query word. */
  readonly vocabulary: ReadonlySet<string>;

  constructor(script: Script, fragments: readonly PagefindFragment[]) {
    this.script = script;
    const passages: Passage[] = [];
    const vocabulary = new Set<string>();
    // Pagefind lists pages in an order of its own; passages follow the guide's reading order, so
    // that the overview comes first and ties fall to the earlier page.
    const inOrder = [...fragments].sort((a, b) => readingOrder(a) - readingOrder(b));
    for (const fragment of inOrder) {
      const page = indexPage(pageText(fragment.raw_content ?? fragment.content));
      for (const { word } of words(page.text.text)) vocabulary.add(word.toLowerCase());
      for (const section of sections(page.text, fragment.anchors)) {
        if (section.end <= section.start) continue;
        const heading = section.heading || fragment.meta.title || '';
        passages.push({
          path: fragment.raw_url ?? fragment.url,
          pageTitle: fragment.meta.title ?? fragment.url,
          id: section.id,
          heading,
          order: passages.length,
          length: this.#length(page, section),
          page,
          section,
        });
      }
    }
    this.passages = passages;
    this.vocabulary = vocabulary;
    this.#haystack =
      script === 'han'
        ? passages.map((p) => this.#compactSlice(p)).join('\n')
        : passages.map((p) => ` ${this.#stemsOf(p).join(' ')} `).join('\n');
  }

  #compactRange(passage: Passage): [number, number] {
    const { compactAt } = passage.page;
    const from = lowerBound(compactAt, passage.section.start);
    const to = lowerBound(compactAt, passage.section.end);
    return [from, to];
  }

  #compactSlice(passage: Passage): string {
    const [from, to] = this.#compactRange(passage);
    return passage.page.compact.slice(from, to);
  }

  #stemsOf(passage: Passage): string[] {
    return passage.page.tokens
      .filter((t) => t.start >= passage.section.start && t.end <= passage.section.end)
      .map((t) => t.stem);
  }

  #length(page: IndexedPage, section: Section): number {
    if (this.script === 'latin') {
      return page.tokens.filter((t) => t.start >= section.start && t.end <= section.end).length || 1;
    }
    return section.end - section.start || 1;
  }

  /**
   * Whether the guide says `term` anywhere: Chinese text (spaces ignored) or an English stem key
   * (`stemKey("grace periods")` = "grace period").
   */
  has(term: string): boolean {
    if (!term) return false;
    return this.script === 'han' ? this.#haystack.includes(compactOf(term)) : this.#haystack.includes(` ${term} `);
  }

  /** Where a passage says `term` (as for `has`), as character ranges of its page's text. */
  find(passage: Passage, term: string): Array<[number, number]> {
    return this.script === 'han' ? this.#findText(passage, compactOf(term)) : this.#findStems(passage, term);
  }

  #findText(passage: Passage, needle: string): Array<[number, number]> {
    if (!needle) return [];
    const { compact, compactAt } = passage.page;
    const [from, to] = this.#compactRange(passage);
    const latinStart = LATIN_EDGE.test(needle[0] ?? '');
    const latinEnd = LATIN_EDGE.test(needle.at(-1) ?? '');
    const found: Array<[number, number]> = [];
    let at = compact.indexOf(needle, from);
    while (at !== -1 && at + needle.length <= to) {
      // A Latin word or number matches whole: "app" is not in "apply", "110" not in "1100".
      const before = compact[at - 1] ?? '';
      const after = compact[at + needle.length] ?? '';
      const range: [number, number] = [compactAt[at] ?? 0, (compactAt[at + needle.length - 1] ?? 0) + 1];
      if (
        !(latinStart && LATIN_EDGE.test(before)) &&
        !(latinEnd && LATIN_EDGE.test(after)) &&
        !(needle.length === 2 && splitsWords(passage.page.text, range))
      ) {
        found.push(range);
      }
      at = compact.indexOf(needle, at + 1);
    }
    return found;
  }

  #findStems(passage: Passage, key: string): Array<[number, number]> {
    const wanted = key.split(' ');
    const tokens = passage.page.tokens;
    const found: Array<[number, number]> = [];
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i];
      if (!first || first.start < passage.section.start || first.end > passage.section.end) continue;
      if (
        wanted.every((s, k) => tokens[i + k]?.stem === s && (tokens[i + k]?.end ?? Infinity) <= passage.section.end)
      ) {
        found.push([first.start, tokens[i + wanted.length - 1]?.end ?? first.end]);
      }
    }
    return found;
  }

  /** A line of the passage around `focus`, with `marks` highlighted; the heading is left out. */
  excerpt(passage: Passage, focus: number, marks: ReadonlyArray<readonly [number, number]>): ExcerptPart[] {
    const { section } = passage;
    const body = { from: section.bodyStart, to: section.end };
    const inBody = marks.filter(([from]) => from >= body.from);
    const start = focus >= body.from ? focus : (inBody[0]?.[0] ?? body.from);
    return excerpt(passage.page.text, body, start, inBody);
  }

  /** The page titles and headings, compact: words a typo may be mended to. */
  headings(): string[] {
    return [...new Set(this.passages.flatMap((p) => [compactOf(p.heading), compactOf(p.pageTitle)]))];
  }
}

/** Lower case, no whitespace: how Chinese text is compared. */
function readingOrder(fragment: PagefindFragment): number {
  const order = Number(fragment.meta.order);
  return Number.isFinite(order) ? order : Number.MAX_SAFE_INTEGER;
}

/**
 * A match that runs from inside one of Pagefind's words into the next (对不 in 对|不良, 人说 in
 * 家人|说明) is two words' ends, not a word: Pagefind's segmenter splits words it does not know
 * into single characters (征|信), so a match made of whole words is kept.
 */
function splitsWords(page: PageText, [from, to]: [number, number]): boolean {
  const first = wordAt(page, from);
  const last = wordAt(page, to - 1);
  if (first === last) return false;
  return from > (page.starts[first] ?? from) || to < (page.ends[last] ?? to);
}

export function compactOf(text: string): string {
  return text.toLowerCase().replace(/\s+/gu, '');
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
