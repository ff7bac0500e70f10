import type { PagefindAnchor, PagefindFragment } from '../../src/features/search/page-text';

const ZW = '\u200b';

export interface Block {
  element: 'h1' | 'h2';
  id: string;
  heading: string[];
  body: string[];
}

/**
 * A page as Pagefind stores it: Chinese words separated by zero-width spaces (English by spaces),
 * blocks by a space, a '.' after each heading, anchors at word locations.
 */
export function fragment(path: string, blocks: Block[], joiner = ZW): PagefindFragment {
  const anchors: PagefindAnchor[] = [];
  const parts: string[] = [];
  let location = 0;
  for (const block of blocks) {
    anchors.push({
      element: block.element,
      id: block.id,
      text: block.heading.join(joiner === ZW ? '' : ' '),
      location,
    });
    const words = [...block.heading.slice(0, -1), `${block.heading.at(-1)}.`, ...block.body];
    parts.push(words.join(joiner));
    location += words.length;
  }
  return {
    url: path,
    raw_url: path,
    raw_content: parts.join(` ${ZW}`),
    content: parts.join(' ').replaceAll(ZW, ''),
    meta: { title: blocks[0]?.heading.join(joiner === ZW ? '' : ' ') ?? path },
    anchors,
  };
}

/** English text as blocks: words split on spaces. */
export function english(
  path: string,
  blocks: Array<{ element: 'h1' | 'h2'; id: string; heading: string; body: string }>,
) {
  return fragment(
    path,
    blocks.map((b) => ({ ...b, heading: b.heading.split(' '), body: b.body.split(' ') })),
    ' ',
  );
}
