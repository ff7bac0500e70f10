/**
 * Frontmatter `keywords` are the words readers search with that the text itself may not use
 * (征信 where it says 信用记录, "payment plan" where it says "repayment plan"). A keyword may
 * name the sub-heading it belongs to, in the headings' own notation — `罚息 {#cost-of-delay}` — so
 * that search lands on that passage; without one it belongs to the page as a whole. (A bare
 * ` #id` would not do: YAML reads it as a comment.)
 */
export interface Keyword {
  word: string;
  /** Id of the sub-heading the word belongs to, if any. */
  id: string | undefined;
}

const WITH_ID = /^(.*?)\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}$/;

export function parseKeyword(raw: string): Keyword {
  const match = WITH_ID.exec(raw.trim());
  if (match?.[1]) return { word: match[1].trim(), id: match[2] };
  return { word: raw.trim(), id: undefined };
}

/** Just the words, e.g. for a `<meta name="keywords">`. */
export function keywordWords(raw: readonly string[]): string[] {
  return raw.map((k) => parseKeyword(k).word);
}

/** Keywords grouped by the heading they belong to ('' for the page as a whole), in order. */
export function groupKeywords(raw: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const keyword of raw.map(parseKeyword)) {
    const key = keyword.id ?? '';
    groups.set(key, [...(groups.get(key) ?? []), keyword.word]);
  }
  return groups;
}
