/**
 * Explicit heading ids, written in MDX as `## Title \{#some-id\}`.
 *
 * MDX reads a bare `{…}` as a JavaScript expression, so authors escape the braces; the parsed
 * heading then ends in the literal text `{#some-id}`. Both languages must share ids, so an id is
 * never derived from the (language-specific) heading text.
 */
const TRAILING_ID = /\s*\{#([^}\s]*)\}\s*$/;

/** Lower-case ASCII words joined by single hyphens: stable, readable in a shared URL. */
export const ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export interface ParsedHeading {
  text: string;
  id: string | undefined;
}

/** Splits `Title {#id}` into its text and id; `id` is undefined when the heading has none. */
export function parseHeadingText(raw: string): ParsedHeading {
  const match = TRAILING_ID.exec(raw);
  if (!match) return { text: raw, id: undefined };
  return { text: raw.slice(0, match.index), id: match[1] };
}

export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id);
}
