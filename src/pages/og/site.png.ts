import type { APIRoute } from 'astro';
import { loadSharePages } from '../../features/previews/load-share-pages';
import { cardResponse } from '../../features/previews/og-response';
import { imagePath } from '../../features/previews/share-pages';

/** The social image of the bilingual root page. */
export const GET: APIRoute = async () => {
  const root = (await loadSharePages()).find((page) => page.image === imagePath(undefined));
  if (!root) throw new Error('No share data for the root page');
  return cardResponse(root.card);
};
