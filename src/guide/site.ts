/** Facts about the guide as a whole that pages and metadata share. */

/** When the source article was first published (the Q&A site's date), ISO 8601. */
export const ORIGINAL_PUBLISHED = '2025-05-17';
