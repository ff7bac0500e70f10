import type { Analysis, Concept } from './analyze';
import type { Corpus, Passage, Script } from './corpus';
import { asksOnly, type Quantity, sentences, statesQuantity, titleRanges } from './detail';
import type { ExcerptPart } from './page-text';

/**
 * The passages that answer a query, best first, grouped by page. Each passage is scored with
 * BM25 over the query's concepts (a concept is matched by the best of its terms: the guide's rare
 * word for it counts for more than a common one), weighted by how much of the question it covers:
 * a word the guide never says counts against every passage, so a question the guide cannot
 * answer is not answered by a passage that shares one common word with it. When no passage covers
 * enough of the question, there is no answer, and the search says so rather than listing near
 * misses.
 */

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
  /** The guide's words that matched, to mark on arrival (`?pagefind-highlight=`). */
  highlight: string[];
  /** When the best passage is the page's opening text: a line of it. */
  excerpt: ExcerptPart[];
  sections: SectionHit[];
}

export interface SearchAnswer {
  /** False when nothing in the guide answers the question. */
  answered: boolean;
  hits: SearchHit[];
}

/** The share of the question's weight some passage must cover for the guide to answer it. */
export const MIN_COVERAGE = 0.35;
/** Or, when the guide has most of the question's words, the share its best passage must cover. */
const SPREAD = { knownShare: 0.68, coverage: 0.2 } as const;
/** Once it does, the share a passage must cover to be listed among the answers. */
const MIN_LISTED_COVERAGE = 0.25;
/**
 * What a word the guide never says weighs against a passage, as a share of the rarest word's
 * weight: a reader's own word (欠钱, "score") is often only another way of saying what the guide
 * says, so it counts for less than a word the guide has; a single Chinese character, less still.
 * Words the guide never says weigh less than their number: a long sentence is mostly the
 * reader's way of talking (屋头莫得钱了, "hi so basically my shop has been really bad since"),
 * and should not drown the words the guide does have. Chinese text grows with the logarithm of
 * its length, because a voice-typed sentence runs on without any break; English words, a
 * little faster, because each word was chosen.
 */
const UNKNOWN_WEIGHT = { word: 0.6, wordGrowth: 0.75, character: 0.25 } as const;
/**
 * A question of more parts (words the guide has, and words it does not) than this is mostly the
 * reader's story ("my mum got sick and the hospital bills took everything…"), with the question
 * in a few of them: the shares above shrink in proportion, so a long question is answered by
 * the passage that has its few telling words.
 */
const SHORT_QUESTION_PARTS = 5;
/** The longest question in which a quantity asked for (多久) is the question. */
const DETAIL_QUESTION_PARTS = 2 * SHORT_QUESTION_PARTS;
/** The share of the question the words next to that quantity must cover (less in a longer one). */
const DETAIL_MIN_SHARE = 0.2;
/** What a topic outside the guide (花呗, "tax refund") weighs, in the guide's rarest words. */
const OUTSIDE_WEIGHT = 3;
/** Passages far below the best are not worth showing. */
const MIN_SHARE_OF_BEST = 0.2;
const MAX_SECTIONS = 3;
const K1 = 1.2;
const B = 0.75;

interface TermHits {
  idf: number;
  /** Character ranges in each passage (by passage index). */
  ranges: Array<Array<[number, number]>>;
}

interface Scored {
  passage: Passage;
  score: number;
  coverage: number;
  matches: Array<{ concept: Concept; idf: number; ranges: Array<[number, number]> }>;
}

function idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

export function rank(analysis: Analysis, corpus: Corpus): SearchAnswer {
  const passages = corpus.passages;
  const n = passages.length;
  if (n === 0 || analysis.concepts.length === 0) return { answered: false, hits: [] };
  // Chinese is counted in words of about two characters: a run-on sentence is one unknown stretch.
  const unknownParts =
    corpus.script === 'han'
      ? analysis.unknown.reduce((sum, text) => sum + Math.ceil([...text].length / 2), 0)
      : analysis.unknown.length;
  const parts = analysis.concepts.length + unknownParts;
  const averageLength = passages.reduce((sum, p) => sum + p.length, 0) / n;

  const concepts = analysis.concepts.map((concept) => {
    const terms: TermHits[] = concept.terms.map((term) => {
      const ranges = passages.map((passage) => corpus.find(passage, term));
      return { idf: idf(n, ranges.filter((r) => r.length > 0).length), ranges };
    });
    // The concept weighs what its most specific term the guide says weighs.
    const specificity = concept.specificity ?? 1;
    const found = terms
      .filter((t) => t.ranges.some((r) => r.length > 0))
      .map((t) => ({ ...t, idf: t.idf * specificity }));
    const weight = Math.max(0, ...found.map((t) => t.idf));
    return { concept, terms: found, weight };
  });
  // A short question that names a topic the guide does not cover is about that topic, whatever
  // words it shares with the guide: 花呗利息 asks about Huabei, not about the interest the guide
  // talks of; 个人破产要满足什么条件 is not about the guide's 条件.
  // Words that are all over the guide (微粒贷, 逾期, "loan") do not make a question longer:
  // 逾期还清后微粒贷额度还能恢复吗 is as short a question about the limit as 额度还能恢复吗.
  const everyday = concepts.filter((c) => c.weight < idf(n, n / 3)).length;
  if (analysis.outside.length > 0 && parts - everyday <= SHORT_QUESTION_PARTS) return { answered: false, hits: [] };
  // Chinese is weighed by the character (个税退税 is two words), other languages by the word.
  const unknownWeight =
    corpus.script === 'han'
      ? idf(n, 0) * UNKNOWN_WEIGHT.character * Math.log2(1 + [...analysis.unknown.join('')].length)
      : idf(n, 0) *
        UNKNOWN_WEIGHT.word *
        (analysis.unknownWords ?? analysis.unknown.length) ** UNKNOWN_WEIGHT.wordGrowth;
  // In a longer question, such a topic weighs three times the guide's rarest word: only a question
  // with much of the guide in it, where the topic is a detail of the reader's story, is answered
  // (我儿子拿我的身份证去借了…不是我借的能不能改过来).
  const outsideWeight = OUTSIDE_WEIGHT * idf(n, 0) * analysis.outside.length;
  const totalWeight = concepts.reduce((sum, c) => sum + c.weight, 0) + unknownWeight + outsideWeight;

  // A question made only of words that are all over the guide (微粒贷逾期, "overdue loan") is a
  // question about the guide as a whole: the pages' opening texts answer it best.
  // Unless a sub-heading names it: then that section is what the question is about (全款偿还).
  // All of it: 逾期 in 逾期会坐牢吗 does not make that section what 微粒贷逾期 is about.
  const named = passages.some(
    (passage, i) =>
      passage.id !== undefined &&
      concepts.every(({ terms }) =>
        terms.some((term) => (term.ranges[i] ?? []).some(([from]) => from < passage.section.bodyStart)),
      ),
  );
  const general = !named && concepts.every((c) => c.weight < idf(n, n / 3));

  const scored: Scored[] = passages.map((passage, index) => {
    let score = 0;
    let covered = 0;
    const matches: Scored['matches'] = [];
    for (const { concept, terms } of concepts) {
      let best = 0;
      let bestIdf = 0;
      const ranges: Array<[number, number]> = [];
      for (const term of terms) {
        const here = term.ranges[index] ?? [];
        if (here.length === 0) continue;
        ranges.push(...here);
        const tf = here.length;
        let termScore = (term.idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * passage.length) / averageLength));
        // A sub-heading that names the concept is the passage about it; a page title, less so:
        // every section of the page shares it.
        if (here.some(([from]) => from < passage.section.bodyStart))
          termScore += passage.id === undefined ? term.idf / 2 : term.idf;
        if (termScore > best) best = termScore;
        bestIdf = Math.max(bestIdf, term.idf);
      }
      if (ranges.length === 0) continue;
      score += best;
      covered += bestIdf;
      matches.push({ concept, idf: bestIdf, ranges });
    }
    const coverage = totalWeight > 0 ? covered / totalWeight : 0;
    const opening = general && passage.id === undefined ? (passage.order === 0 ? 2 : 1.5) : 1;
    return { passage, score: score * coverage * opening, coverage, matches };
  });

  const best = Math.max(...scored.map((s) => s.score));
  // Whether the guide answers at all is one question; which passage answers best is another: the
  // best-scoring passage may cover a little less of the question than one that merely repeats
  // its common words ("what should a repayment plan include").
  // A question whose words the guide mostly has, spread over several passages, is answered by the
  // best of them (天天被爆通讯录打电话: 催收 in one passage, 打电话 in another).
  const knownShare = totalWeight > 0 ? (totalWeight - unknownWeight - outsideWeight) / totalWeight : 0;
  const length = Math.min(1, SHORT_QUESTION_PARTS / parts);
  const spread =
    concepts.filter((c) => c.weight > 0).length >= 2 &&
    knownShare >= SPREAD.knownShare &&
    scored.some((s) => s.coverage >= SPREAD.coverage * length && s.score > 0);
  if (!spread && !scored.some((s) => s.coverage >= MIN_COVERAGE * length && s.score > 0))
    return { answered: false, hits: [] };
  const answers = scored
    .filter((s) => s.coverage >= MIN_LISTED_COVERAGE * length && s.score > 0 && s.score >= best * MIN_SHARE_OF_BEST)
    .sort((a, b) => b.score - a.score || a.passage.order - b.passage.order);
  // A question that asks for a quantity (多久, "how many days") is answered only where the guide
  // gives one, next to the question's own words; a short one, that is: in a long story, 撑多久
  // is the reader's worry, not the question.
  const quantity = parts <= DETAIL_QUESTION_PARTS ? analysis.quantity : undefined;
  // …and a quantity of something the guide does not cover (逾期多久会被起诉) is not in it.
  if (quantity && analysis.outside.length > 0) return { answered: false, hits: [] };
  // A number the reader typed names what the question is about (the hours of 12378, not of
  // 95384 in the sentence before it).
  const key = concepts.find((c) => c.weight > 0 && /^\d+$/.test(c.concept.typed))?.concept;
  const stating = quantity
    ? answers.filter((s) => {
        const share = statedShare(s, quantity, corpus.script, totalWeight, key);
        return share > 0 && share >= DETAIL_MIN_SHARE * length;
      })
    : answers;
  if (stating.length === 0) return { answered: false, hits: [] };
  return { answered: true, hits: groupByPage(stating, corpus) };
}

/**
 * How much of the question the words next to the quantity asked for cover: the best sentence that
 * gives it, with the sentences either side (the 5 years is in one sentence, "so repaying in full
 * does not make an overdue record disappear" in the next). Words inside a title
 * (《征信业管理条例》, "Credit Reporting Regulation") do not count: a law's name is not its content.
 */
function statedShare(
  scored: Scored,
  quantity: Quantity,
  script: Script,
  totalWeight: number,
  key: Concept | undefined,
): number {
  const { passage, matches } = scored;
  const text = passage.page.text.text;
  const telling = matches.filter((m) => !asksOnly(m.concept.typed, script));
  const all = sentences(text, passage.section.bodyStart, passage.section.end);
  let best = 0;
  all.forEach(([from, to], i) => {
    if (!statesQuantity(text.slice(from, to), quantity)) return;
    const windowFrom = all[Math.max(0, i - 1)]?.[0] ?? from;
    const windowTo = all[Math.min(all.length - 1, i + 1)]?.[1] ?? to;
    const titles = titleRanges(text, windowFrom, windowTo, script);
    const near = telling.filter((m) =>
      m.ranges.some(
        ([a, b]) => a >= windowFrom && b <= windowTo && !titles.some(([tFrom, tTo]) => a >= tFrom && b <= tTo),
      ),
    );
    if (key && !near.some((m) => m.concept === key)) return;
    const covered = near.reduce((sum, m) => sum + m.idf, 0);
    best = Math.max(best, totalWeight > 0 ? covered / totalWeight : 0);
  });
  return best;
}

function groupByPage(answers: readonly Scored[], corpus: Corpus): SearchHit[] {
  const pages = new Map<string, Scored[]>();
  for (const answer of answers) pages.set(answer.passage.path, [...(pages.get(answer.passage.path) ?? []), answer]);
  return [...pages.values()].map((list) => {
    const first = list[0] as Scored;
    const excerptOf = (s: Scored) => {
      // Centred on the rarest concept's first match in the passage's text.
      const focus = [...s.matches]
        .sort((a, b) => b.idf - a.idf)[0]
        ?.ranges.find(([from]) => from >= s.passage.section.bodyStart);
      return corpus.excerpt(
        s.passage,
        focus?.[0] ?? s.passage.section.bodyStart,
        s.matches.flatMap((m) => m.ranges),
      );
    };
    // A page whose opening text answers best is shown as the page; otherwise, its passages.
    const top = first.passage.id === undefined;
    const text = first.passage.page.text.text;
    const highlight = [
      ...new Set(list.flatMap((s) => s.matches.flatMap((m) => m.ranges.map(([a, b]) => text.slice(a, b).trim())))),
    ].slice(0, 6);
    return {
      path: first.passage.path,
      title: first.passage.pageTitle,
      highlight,
      excerpt: top ? excerptOf(first) : [],
      sections: top
        ? []
        : list
            .filter((s) => s.passage.id !== undefined)
            .slice(0, MAX_SECTIONS)
            .map((s) => ({ id: s.passage.id, title: s.passage.heading, excerpt: excerptOf(s) })),
    };
  });
}
