import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSharePages } from '../../../features/previews/load-share-pages';
import { cardResponse } from '../../../features/previews/og-response';
import type { OgCard } from '../../../features/previews/share-pages';

/** The social image of each page in each language: /og/zh/strategies.png. */
export const getStaticPaths = (async () => {
  const pages = await loadSharePages();
  return pages.flatMap((page) =>
    page.lang && page.key ? [{ params: { lang: page.lang, key: page.key }, props: { card: page.card } }] : [],
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = ({ props }) => cardResponse(props.card);
