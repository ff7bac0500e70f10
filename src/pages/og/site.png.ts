import type { APIRoute } from 'astro';
import { cardResponse } from '../../data/og-images';
import { loadSharePages } from '../../data/share-pages';
import { imagePath } from '../../lib/meta-pages';

/** The social image of the bilingual root page. */
export const GET: APIRoute = async () => {
  const root = (await loadSharePages()).find((page) => page.image === imagePath(undefined));
  if (!root) throw new Error('No share data for the root page');
  return cardResponse(root.card);
};
