/**
 * English words for matching: lower-case, apostrophes dropped, and a light suffix stripper so
 * that "payments", "paying" and "paid late" meet "payment", "pay" and "late". Both the query and
 * the text go through the same function, so a stem need not be a real word, only the same one.
 */

/** The words of English text with their character ranges (apostrophes stay inside a word). */
export function words(text: string): Array<{ word: string; start: number; end: number }> {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)].map((match) => ({
    word: match[0],
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
  }));
}

/** A consonant doubled before -ing/-ed ("stopped", "planning"), but not ll, ss, zz. */
const DOUBLED = /([b-df-hj-km-np-rtv-xz])\1$/;

export function stem(word: string): string {
  let w = word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '')
    // The guide says "repay", readers "pay": in a guide about repaying a loan they are one verb.
    .replace(/^repay/, 'pay')
    .replace(/^paid$/, 'pay')
    // Too short for the suffix rules below, which would leave "ow".
    .replace(/^ow(?:ed|ing)$/, 'owe');
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  if (DOUBLED.test(w)) w = w.slice(0, -1);
  // "charge" and "charging" meet at "charg"; a short word keeps its e ("fee").
  if (w.length > 3 && w.endsWith('e') && !w.endsWith('ee')) w = w.slice(0, -1);
  return w;
}

/** A phrase as the key the index uses: its stems joined by single spaces. */
export function stemKey(phrase: string): string {
  return words(phrase)
    .map(({ word }) => stem(word))
    .join(' ');
}
