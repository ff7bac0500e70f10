/**
 * The site's tool pages, apart from src/lib/routes.ts so that the small browser scripts that
 * need routes do not carry them.
 */

/** The fill-in letters, each at /{lang}/letters/{key}/. */
export const LETTER_KEYS = ['negotiate', 'objection', 'complaint'] as const;

/**
 * The tool pages content may link to, by path under the language (`plan`, `letters/objection`),
 * with the ids a link may land on: the link check of src/guide/validate.ts reads this.
 */
export const TOOL_PAGES: Readonly<Record<string, readonly string[]>> = {
  search: [],
  plan: ['contact-log'],
  letters: [],
  ...Object.fromEntries(LETTER_KEYS.map((key) => [`letters/${key}`, []])),
};
