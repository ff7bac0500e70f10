import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import subsetFont from 'subset-font';
import { SHARE_IMAGE } from './meta';
import { cardTree, FONT_FAMILY } from './og-card';
import type { OgCard } from './share-pages';

/**
 * Draws social images at build time: Satori lays the card out and turns its text into paths,
 * resvg rasterises the SVG. The font is Noto Sans SC from an npm package (it has Latin glyphs
 * too), read from disk: the build needs no network and no system fonts.
 */

const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc';
const WEIGHTS = { 400: '400Regular/NotoSansSC_400Regular.ttf', 700: '700Bold/NotoSansSC_700Bold.ttf' } as const;

export interface CardFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

/**
 * The font files, resolved from the project root rather than from this module: at build time
 * this code runs from a bundled chunk inside the output folder, which has no node_modules.
 */
function fontFile(weight: keyof typeof WEIGHTS, root: string): string {
  return createRequire(join(root, 'package.json')).resolve(`${FONT_PACKAGE}/${WEIGHTS[weight]}`);
}

/**
 * Both weights, cut down to the characters in `text`. A full Chinese font is about 10 MB per
 * weight and Satori parses it for every image; the subset is a few tens of KB.
 */
export async function loadFonts(text: string, root = process.cwd()): Promise<CardFont[]> {
  // The ellipsis is what a clamped title ends with; the space separates words.
  const chars = [...new Set(`${text} …`)].join('');
  return Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: FONT_FAMILY,
      data: await subsetFont(await readFile(fontFile(weight, root)), chars, { targetFormat: 'truetype' }),
      weight,
      style: 'normal' as const,
    })),
  );
}

/** One card as a PNG of exactly SHARE_IMAGE's size. */
export async function renderCard(card: OgCard, fonts: CardFont[]): Promise<Uint8Array> {
  const svg = await satori(cardTree(card) as unknown as Parameters<typeof satori>[0], {
    width: SHARE_IMAGE.width,
    height: SHARE_IMAGE.height,
    fonts,
  });
  const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
  return new Uint8Array(png);
}

/** Width and height from a PNG's header (the IHDR chunk always comes first). */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((byte, i) => png[i] === byte)) throw new Error('not a PNG');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
