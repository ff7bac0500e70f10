import { SHARE_IMAGE } from './meta';
import type { OgCard } from './share-pages';

/**
 * The layout of a social image, as the element tree Satori draws (the shape React elements
 * have, without React). Colours are the site's light theme, so a preview looks like the site.
 */
export interface CardElement {
  type: string;
  props: { style: Record<string, string | number>; lang?: string; children?: string | CardElement[] };
}

export const FONT_FAMILY = 'Noto Sans SC';

const PADDING_X = 80;
const TITLE_WIDTH = SHARE_IMAGE.width - 2 * PADDING_X;
const TITLE_SIZES = [76, 68, 60, 54, 48] as const;

/** Han, kana, hangul and full-width forms take a full em; Latin letters about half of one. */
const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]/u;

/** The width of a text in ems, estimated: close enough to choose a type size that fits. */
export function emWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 1 : char === ' ' ? 0.28 : 0.56;
  return width;
}

/**
 * The largest title size at which the title fits in two lines, else the smallest (three lines,
 * clamped). Lines break at word or character boundaries, so a little room is kept for that.
 */
export function titleSize(title: string): number {
  const width = emWidth(title);
  for (const size of TITLE_SIZES) {
    if (width * size * 1.08 <= TITLE_WIDTH * 2) return size;
  }
  return TITLE_SIZES[TITLE_SIZES.length - 1] as number;
}

const el = (type: string, style: CardElement['props']['style'], children?: CardElement['props']['children']) => ({
  type,
  props: children === undefined ? { style } : { style, children },
});

export function cardTree(card: OgCard): CardElement {
  const size = titleSize(card.title);
  const text: CardElement[] = [
    el('div', { fontSize: size, fontWeight: 700, lineHeight: 1.3, lineClamp: 3 }, card.title),
  ];
  if (card.subtitle) {
    text.push(
      el('div', { fontSize: Math.round(size * 0.7), fontWeight: 400, marginTop: 16, color: '#4a4f55' }, card.subtitle),
    );
  }
  const root: CardElement = el(
    'div',
    {
      width: '100%',
      height: '100%',
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: '#ffffff',
      color: '#1b1b1b',
      fontFamily: FONT_FAMILY,
      borderTop: '20px solid #1a4f99',
      padding: `56px ${PADDING_X}px 64px`,
    },
    [
      el('div', { fontSize: 34, fontWeight: 700, color: '#1a4f99' }, card.eyebrow),
      el('div', { flexGrow: 1, display: 'flex', flexDirection: 'column', justifyContent: 'center' }, text),
      el(
        'div',
        {
          display: 'flex',
          alignItems: 'center',
          fontSize: 30,
          color: '#4a4f55',
          borderTop: '2px solid #b1b4b6',
          paddingTop: 24,
        },
        card.footnote ?? '',
      ),
    ],
  );
  root.props.lang = card.lang;
  return root;
}

/** Every character a card draws, for subsetting the font to just those. */
export function cardText(card: OgCard): string {
  return [card.eyebrow, card.title, card.subtitle ?? '', card.footnote ?? ''].join('');
}
