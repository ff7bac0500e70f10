/**
 * Turns Pagefind's answers into the result list the reader sees, with the exact word first.
 *
 * Pagefind splits an unquoted Chinese word into characters (罚息 → 罚 + 息) and matches words by
 * prefix (上征信 finds 上限), so its own order can put a page with 处罚 and 利息 above the page
 * about 罚息. Readers type such words without quotes. So every page Pagefind returns is
 * searched again here for the literal query: pages and sections that contain it are the
 * results, by how often they contain it; Pagefind's own ranking is the fallback. Excerpts are cut here too, from
 * the page text Pagefind stores, so that they show the exact word and never the hidden keyword
 * lists (marked with KEYWORDS_OPEN/KEYWORDS_CLOSE by rehype-search-keywords).
 */

export const KEYWORDS_OPEN = '⟦';
export const KEYWORDS_CLOSE = '⟧';

/** The parts of a Pagefind result fragment (`await result.data()`) that ranking reads. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  anchor?: PagefindAnchor;
  locations: number[];
}

export interface PagefindFragment {
  /** Site path without the deploy base, e.g. `/zh/causes/`. */
  raw_url?: string;
  url: string;
  /** The indexed text; Chinese words are separated by zero-width spaces. */
  raw_content?: string;
  content: string;
  meta: { title?: string };
  anchors: PagefindAnchor[];
  locations: number[];
  sub_results: PagefindSubResult[];
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface SectionHit {
  /** Heading id, or undefined for the text above the first sub-heading. */
  id: string | undefined;
  title: string;
  excerpt: ExcerptPart[];
}

export interface SearchHit {
  /** Site path without the deploy base. */
  path: string;
  title: string;
  /** True when the page contains the query itself, not only its parts. */
  exact: boolean;
  /** The words to mark on arrival (`?pagefind-highlight=`). */
  highlight: string[];
  /** Excerpt from the text above the first sub-heading, when that is where it matched. */
  excerpt: ExcerptPart[];
  sections: SectionHit[];
}

interface PageText {
  /** The page text with Pagefind's word breaks removed and real spaces kept. */
  text: string;
  lower: string;
  /** Character range of each Pagefind word (its index is Pagefind's "location"). */
  starts: number[];
  ends: number[];
  /** Character ranges of the hidden keyword lists, sentinels included. */
  hidden: Array<[number, number]>;
}

const MAX_SECTIONS = 3;
const EXCERPT_CHARS = { cjk: 64, other: 170 } as const;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const CJK = /[\p{Script=Han}]/u;

/** Pagefind's words are the runs between whitespace and zero-width spaces. */
export function pageText(raw: string): PageText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const hidden: Array<[number, number]> = [];
  let open = -1;
  let rawEnd = 0;
  for (const match of raw.matchAll(/[^\s\u200b]+/gu)) {
    const index = match.index ?? 0;
    // A real space between two words is kept; the zero-width ones Pagefind adds are not.
    if (starts.length > 0 && /\s/u.test(raw.slice(rawEnd, index).replaceAll('\u200b', ''))) text += ' ';
    rawEnd = index + match[0].length;
    const word = match[0];
    if (word === KEYWORDS_OPEN) open = text.length;
    starts.push(text.length);
    text += word;
    ends.push(text.length);
    if (word === KEYWORDS_CLOSE && open >= 0) {
      hidden.push([open, text.length]);
      open = -1;
    }
  }
  // Lower-case one character at a time so that offsets stay aligned with `text`.
  const lower = Array.from(text, (ch) => {
    const low = ch.toLowerCase();
    return low.length === ch.length ? low : ch;
  }).join('');
  return { text, lower, starts, ends, hidden };
}

/** Index of the word containing character `offset`. */
function wordAt(page: PageText, offset: number): number {
  let lo = 0;
  let hi = page.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((page.starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function isHidden(page: PageText, offset: number): boolean {
  return page.hidden.some(([from, to]) => offset >= from && offset < to);
}

/**
 * Every place the page contains the query as written (case-insensitive). A query that starts
 * with a letter or digit must start a word, so "pay" does not match inside "repay"; Chinese has
 * no such boundary. Returns character ranges.
 */
export function exactMatches(page: PageText, query: string): Array<[number, number]> {
  const needle = query.toLowerCase();
  if (!needle) return [];
  const wordStart = WORD_CHAR.test(needle[0] ?? '') && !CJK.test(needle[0] ?? '');
  const found: Array<[number, number]> = [];
  let from = 0;
  for (;;) {
    const at = page.lower.indexOf(needle, from);
    if (at === -1) break;
    const before = page.lower[at - 1] ?? ' ';
    if (!wordStart || !WORD_CHAR.test(before) || CJK.test(before)) found.push([at, at + needle.length]);
    from = at + needle.length;
  }
  return found;
}

interface Section {
  anchor: PagefindAnchor | undefined;
  /** The heading text that opens the section (the h1 for the part above the first h2). */
  heading: string;
  /** First and last (exclusive) word of the section. */
  from: number;
  to: number;
}

/**
 * The page split at its sub-headings; the part above the first h2 has no anchor of its own.
 * Pagefind reports other elements with an id as anchors too: only headings start a section.
 */
function sections(page: PageText, anchors: readonly PagefindAnchor[]): Section[] {
  const subs = anchors.filter((a) => /^h[2-6]$/.test(a.element)).sort((a, b) => a.location - b.location);
  const h1 = anchors.find((a) => a.element === 'h1');
  const out: Section[] = [
    { anchor: undefined, heading: h1?.text ?? '', from: 0, to: subs[0]?.location ?? page.starts.length },
  ];
  subs.forEach((anchor, i) => {
    out.push({ anchor, heading: anchor.text, from: anchor.location, to: subs[i + 1]?.location ?? page.starts.length });
  });
  return out;
}

/** The first word of a section after its own heading text. */
function bodyStart(page: PageText, section: Section): number {
  const target = section.heading.replace(/\s+/gu, '');
  const from = section.from;
  if (!target) return from;
  let consumed = '';
  let word = from;
  while (word < page.starts.length) {
    const text = page.text.slice(page.starts[word], page.ends[word]).replace(/\.$/, '');
    if (!target.startsWith(consumed + text)) break;
    consumed += text;
    word++;
    if (consumed === target) break;
  }
  if (page.text.slice(page.starts[word], page.ends[word]) === '.') word++;
  return word;
}

/**
 * An excerpt of about one line around `focus` (a character offset), inside one section, with
 * the given character ranges marked. Hidden keyword lists are left out.
 */
export function excerpt(
  page: PageText,
  range: { from: number; to: number },
  focus: number,
  marks: ReadonlyArray<[number, number]>,
): ExcerptPart[] {
  const sectionStart = page.starts[range.from] ?? page.text.length;
  const sectionEnd = range.to > range.from ? (page.ends[range.to - 1] ?? page.text.length) : sectionStart;
  const budget = CJK.test(page.text.slice(sectionStart, sectionEnd)) ? EXCERPT_CHARS.cjk : EXCERPT_CHARS.other;
  let start = Math.max(sectionStart, focus - Math.floor(budget / 3));
  if (start > sectionStart) start = page.starts[wordAt(page, start)] ?? start;
  let end = Math.min(sectionEnd, start + budget);
  if (end < sectionEnd) end = page.ends[wordAt(page, end)] ?? end;
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (start > sectionStart) push('…', false);
  let i = start;
  while (i < end) {
    const hidden = page.hidden.find(([from, to]) => i >= from && i < to);
    if (hidden) {
      i = hidden[1];
      // Swallow the space after the list, so no double space remains.
      if (page.text[i] === ' ') i++;
      continue;
    }
    const mark = marks.find(([from, to]) => i >= from && i < to);
    const nextHidden = page.hidden.find(([from]) => from > i)?.[0] ?? end;
    const stop = Math.min(end, nextHidden, mark ? mark[1] : (marks.find(([from]) => from > i)?.[0] ?? end));
    push(page.text.slice(i, stop), Boolean(mark));
    i = stop;
  }
  if (end < sectionEnd) push('…', false);
  // A leading space left by a skipped list reads as a stray indent.
  const first = parts[0];
  if (first && !first.mark) first.text = first.text.replace(/^\s+/u, '');
  return parts.filter((part) => part.text !== '');
}

function wordRange(page: PageText, word: number): [number, number] {
  return [page.starts[word] ?? 0, page.ends[word] ?? 0];
}

/** The words Pagefind matched, as they appear in the text, for highlighting a fuzzy result. */
function matchedWords(page: PageText, locations: readonly number[]): string[] {
  const words = new Set<string>();
  for (const location of locations) {
    const [from, to] = wordRange(page, location);
    if (isHidden(page, from)) continue;
    const word = page.text.slice(from, to).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (word) words.add(word);
    if (words.size >= 5) break;
  }
  return [...words];
}

function pathOf(fragment: PagefindFragment): string {
  return fragment.raw_url ?? fragment.url;
}

function exactHit(fragment: PagefindFragment, query: string): (SearchHit & { count: number }) | undefined {
  const page = pageText(fragment.raw_content ?? fragment.content);
  const matches = exactMatches(page, query);
  if (matches.length === 0) return undefined;
  const parts = sections(page, fragment.anchors).map((section) => {
    const inside = matches.filter(([from]) => {
      const word = wordAt(page, from);
      return word >= section.from && word < section.to;
    });
    return { section, inside };
  });
  const withHits = parts
    .map((part, order) => ({ ...part, order }))
    .filter((part) => part.inside.length > 0)
    .sort((a, b) => b.inside.length - a.inside.length || a.order - b.order);
  const excerptFor = (section: Section, inside: Array<[number, number]>) => {
    const start = bodyStart(page, section);
    const visible = inside.find(([from]) => !isHidden(page, from) && wordAt(page, from) >= start);
    const focus = visible ? visible[0] : (page.starts[start] ?? 0);
    return excerpt(page, { from: start, to: section.to }, focus, inside);
  };
  const top = withHits.find((part) => part.section.anchor === undefined);
  return {
    path: pathOf(fragment),
    title: fragment.meta.title ?? pathOf(fragment),
    exact: true,
    count: matches.length,
    highlight: [query],
    excerpt: top ? excerptFor(top.section, top.inside) : [],
    sections: withHits
      .filter((part) => part.section.anchor !== undefined)
      .slice(0, MAX_SECTIONS)
      .map(({ section, inside }) => ({
        id: section.anchor?.id,
        title: section.anchor?.text ?? '',
        excerpt: excerptFor(section, inside),
      })),
  };
}

function fuzzyHit(fragment: PagefindFragment): SearchHit {
  const page = pageText(fragment.raw_content ?? fragment.content);
  const all = sections(page, fragment.anchors);
  const excerptFor = (section: Section, locations: readonly number[]) => {
    const start = bodyStart(page, section);
    const marks = locations.map((l) => wordRange(page, l));
    const visible = locations.find((l) => l >= start && !isHidden(page, page.starts[l] ?? 0));
    const focus = visible === undefined ? (page.starts[start] ?? 0) : (page.starts[visible] ?? 0);
    return excerpt(page, { from: start, to: section.to }, focus, marks);
  };
  const sectionOf = (sub: PagefindSubResult) =>
    all.find((s) => s.anchor !== undefined && s.anchor.id === sub.anchor?.id);
  const top = all[0];
  const topLocations = fragment.locations.filter((l) => top && l >= top.from && l < top.to);
  const subSections = fragment.sub_results
    .map((sub) => ({ sub, section: sectionOf(sub) }))
    .filter((x): x is { sub: PagefindSubResult; section: Section } => x.section !== undefined)
    .slice(0, MAX_SECTIONS);
  return {
    path: pathOf(fragment),
    title: fragment.meta.title ?? pathOf(fragment),
    exact: false,
    highlight: matchedWords(page, fragment.locations),
    excerpt: top && (topLocations.length > 0 || subSections.length === 0) ? excerptFor(top, topLocations) : [],
    sections: subSections.map(({ sub, section }) => ({
      id: section.anchor?.id,
      title: section.anchor?.text ?? sub.title,
      excerpt: excerptFor(section, sub.locations),
    })),
  };
}

/**
 * The results to show for `query`, given Pagefind's fragments in its own order (those of the
 * exact-phrase search first, then the others): the pages that contain the query itself, most
 * occurrences first, each with the sections that contain it. Only when no page does (a typo, a
 * word split differently) are Pagefind's own results shown, in its order: mixing them in would
 * put 上限 under a search for 上征信.
 */
export function rankResults(query: string, fragments: readonly PagefindFragment[]): SearchHit[] {
  const seen = new Set<string>();
  const exact: Array<SearchHit & { count: number; order: number }> = [];
  const fuzzy: SearchHit[] = [];
  fragments.forEach((fragment, order) => {
    const path = pathOf(fragment);
    if (seen.has(path)) return;
    seen.add(path);
    const hit = exactHit(fragment, query);
    if (hit) exact.push({ ...hit, order });
    else fuzzy.push(fuzzyHit(fragment));
  });
  if (exact.length === 0) return fuzzy;
  exact.sort((a, b) => b.count - a.count || a.order - b.order);
  return exact.map(({ count: _count, order: _order, ...hit }) => hit);
}
