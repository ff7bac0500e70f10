/**
 * The query as quoted back in "the guide has nothing on …". Its own module so that only the search
 * panel carries it, not the header script every page loads.
 */

/** The longest query quoted back whole in "the guide has nothing on …". */
export const MAX_QUOTED_LENGTH = 60;

/**
 * The query as quoted back to the reader: a long spoken question is cut, with an ellipsis, so the
 * message stays a line or two. Cut by characters, not UTF-16 units, so no character is split.
 */
export function quotedQuery(query: string): string {
  const chars = Array.from(query);
  if (chars.length <= MAX_QUOTED_LENGTH) return query;
  const kept = chars.slice(0, MAX_QUOTED_LENGTH - 1).join('');
  return `${kept.trimEnd()}…`;
}
