import type { APIRoute } from 'astro';
import { absoluteUrl } from '../features/previews/meta';
import { robotsTxt } from '../features/previews/robots';

/** An endpoint rather than a file in public/, so the sitemap's URL follows SITE_URL and BASE_PATH. */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('robots.txt needs `site` (SITE_URL) in astro.config.mjs');
  const sitemap = absoluteUrl({ site, base: import.meta.env.BASE_URL }, '/sitemap-index.xml');
  return new Response(robotsTxt(sitemap), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
