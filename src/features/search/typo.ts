/**
 * A misspelt English word mended to the nearest word the guide or the search words know:
 * one slip (a letter missing, extra, wrong or two swapped) in words of 5–7 letters, two in
 * longer words; in a word of four letters only two letters swapped ("jial"), since any other
 * slip there makes another real word ("stop" is not a slip for "step"); shorter words are left
 * alone. Nothing is changed when two candidates are equally near.
 */
export function closestWord(word: string, vocabularies: ReadonlyArray<ReadonlySet<string>>): string | undefined {
  const lower = word.toLowerCase();
  if (lower.length === 4) return swapped(lower, vocabularies);
  const allowed = lower.length >= 8 ? 2 : lower.length >= 5 ? 1 : 0;
  if (allowed === 0) return undefined;
  let best = new Set<string>();
  let bestDistance = allowed + 1;
  for (const vocabulary of vocabularies) {
    for (const candidate of vocabulary) {
      if (Math.abs(candidate.length - lower.length) > allowed || candidate === lower) continue;
      const d = distance(lower, candidate, allowed);
      if (d < bestDistance) {
        best = new Set([candidate]);
        bestDistance = d;
      } else if (d === bestDistance) best.add(candidate);
    }
  }
  if (best.size === 1) return [...best][0];
  // A tie is settled by the commonest slip, a letter left out: "amout" is "amount", not "about".
  const dropped = [...best].filter((candidate) => candidate.length === lower.length + 1 && holds(candidate, lower));
  return dropped.length === 1 ? dropped[0] : undefined;
}

/** Whether `word` is `longer` with letters left out. */
function holds(longer: string, word: string): boolean {
  let k = 0;
  for (const char of longer) if (char === word[k]) k++;
  return k === word.length;
}

/** The one known word that `word` is with two neighbouring letters swapped back. */
function swapped(word: string, vocabularies: ReadonlyArray<ReadonlySet<string>>): string | undefined {
  const found = new Set<string>();
  for (let i = 0; i + 1 < word.length; i++) {
    const candidate = `${word.slice(0, i)}${word[i + 1]}${word[i]}${word.slice(i + 2)}`;
    if (candidate !== word && vocabularies.some((v) => v.has(candidate))) found.add(candidate);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Optimal string alignment distance (Levenshtein with adjacent swaps), capped at `limit` + 1. */
export function distance(a: string, b: string, limit: number): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = rows[i] as number[];
      let d = Math.min((rows[i - 1]?.[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (rows[i - 1]?.[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row[j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > limit) return limit + 1;
  }
  return rows[a.length]?.[b.length] ?? limit + 1;
}
