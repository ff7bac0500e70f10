/**
 * A Pagefind page fragment as text the search can match and quote: Pagefind stores each page's
 * indexed text with its own word breaks (zero-width spaces between Chinese words) and the place
 * of every heading as a word number. Here that becomes plain text with character offsets, split
 * into passages at the sub-headings, and excerpts are cut from it.
 */

/** The parts of a Pagefind result fragment (`await result.data()`) that search reads. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

export interface PagefindFragment {
  /** Site path without the deploy base, e.g. `/zh/causes/`. */
  raw_url?: string;
  url: string;
  /** The indexed text; Chinese words are separated by zero-width spaces. */
  raw_content?: string;
  content: string;
  /** `order`: the page's place in the guide's reading order (its frontmatter), as text. */
  meta: { title?: string; order?: string };
  anchors: PagefindAnchor[];
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface PageText {
  /** The page text with Pagefind's word breaks removed and real spaces kept. */
  text: string;
  /** Character range of each Pagefind word (its index is Pagefind's "location"). */
  starts: number[];
  ends: number[];
}

const EXCERPT_CHARS = { cjk: 64, other: 170 } as const;
const CJK = /\p{Script=Han}/u;

/** Pagefind's words are the runs between whitespace and zero-width spaces. */
export function pageText(raw: string): PageText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let rawEnd = 0;
  for (const match of raw.matchAll(/[^\s\u200b]+/gu)) {
    const index = match.index ?? 0;
    // A real space between two words is kept; the zero-width ones Pagefind adds are not.
    if (starts.length > 0 && /\s/u.test(raw.slice(rawEnd, index).replaceAll('\u200b', ''))) text += ' ';
    rawEnd = index + match[0].length;
    starts.push(text.length);
    text += match[0];
    ends.push(text.length);
  }
  return { text, starts, ends };
}

/** Index of the word containing character `offset`. */
export function wordAt(page: PageText, offset: number): number {
  let lo = 0;
  let hi = page.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((page.starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface Section {
  /** The heading's id; undefined for the text above the first sub-heading. */
  id: string | undefined;
  /** The heading text that opens the section (the h1 for the part above the first h2). */
  heading: string;
  /** Character range of the whole section, heading included. */
  start: number;
  end: number;
  /** Where the text after the heading starts. */
  bodyStart: number;
}

/**
 * The page split at its sub-headings; the part above the first h2 has no id of its own.
 * Pagefind reports other elements with an id as anchors too: only headings start a section.
 */
export function sections(page: PageText, anchors: readonly PagefindAnchor[]): Section[] {
  const subs = anchors.filter((a) => /^h[2-6]$/.test(a.element)).sort((a, b) => a.location - b.location);
  const h1 = anchors.find((a) => a.element === 'h1');
  const charAt = (word: number) => page.starts[word] ?? page.text.length;
  const bounds = [
    { id: undefined, heading: h1?.text ?? '', from: 0 },
    ...subs.map((anchor) => ({ id: anchor.id, heading: anchor.text, from: anchor.location })),
  ];
  return bounds.map((bound, i) => {
    const next = bounds[i + 1];
    const start = charAt(bound.from);
    const end = next ? charAt(next.from) : page.text.length;
    return { id: bound.id, heading: bound.heading, start, end, bodyStart: bodyStart(page, bound.from, bound.heading) };
  });
}

/** The first character of a section after its own heading text (and the '.' Pagefind adds). */
function bodyStart(page: PageText, from: number, heading: string): number {
  const target = heading.replace(/\s+/gu, '');
  let consumed = '';
  let word = from;
  while (target && word < page.starts.length) {
    const text = page.text.slice(page.starts[word], page.ends[word]).replace(/\.$/, '');
    if (!target.startsWith(consumed + text)) break;
    consumed += text;
    word++;
    if (consumed === target) break;
  }
  if (page.text.slice(page.starts[word], page.ends[word]) === '.') word++;
  return page.starts[word] ?? page.text.length;
}

/**
 * An excerpt of about one line around `focus` (a character offset) inside [from, to), with the
 * given character ranges marked, cut at word boundaries.
 */
export function excerpt(
  page: PageText,
  range: { from: number; to: number },
  focus: number,
  marks: ReadonlyArray<readonly [number, number]>,
): ExcerptPart[] {
  const { from, to } = range;
  const budget = CJK.test(page.text.slice(from, to)) ? EXCERPT_CHARS.cjk : EXCERPT_CHARS.other;
  let start = Math.max(from, Math.min(focus, to) - Math.floor(budget / 3));
  if (start > from) start = Math.max(from, page.starts[wordAt(page, start)] ?? start);
  let end = Math.min(to, start + budget);
  if (end < to) end = Math.min(to, page.ends[wordAt(page, end)] ?? end);
  // filter() makes a copy, so sorting it in place leaves `marks` alone (toSorted needs Safari 16).
  const sorted = marks.filter(([a, b]) => b > start && a < end).sort((a, b) => a[0] - b[0]);
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (start > from) push('…', false);
  let i = start;
  for (const [a, b] of sorted) {
    if (b <= i) continue;
    push(page.text.slice(i, Math.max(i, a)), false);
    push(page.text.slice(Math.max(i, a), Math.min(b, end)), true);
    i = Math.min(b, end);
  }
  push(page.text.slice(i, end), false);
  if (end < to) push('…', false);
  const first = parts[0];
  if (first && !first.mark) first.text = first.text.replace(/^\s+/u, '');
  return parts.filter((part) => part.text !== '');
}
