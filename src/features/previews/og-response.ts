import { loadSharePages } from './load-share-pages';
import { cardText } from './og-card';
import { type CardFont, loadFonts, renderCard } from './og-image';
import type { OgCard } from './share-pages';

let fonts: Promise<CardFont[]> | undefined;

/**
 * One font subset for every card of the build: subsetting is the slow part (it parses the full
 * 10 MB font), so it happens once rather than once per image.
 */
async function buildFonts(): Promise<CardFont[]> {
  const pages = await loadSharePages();
  return loadFonts(pages.map((page) => cardText(page.card)).join(''));
}

/** A social image as an endpoint's response body. */
export async function cardResponse(card: OgCard): Promise<Response> {
  fonts ??= buildFonts();
  const png = await renderCard(card, await fonts);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
}
