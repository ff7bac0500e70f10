import { groupKeywords } from './keywords';
import { KEYWORDS_CLOSE, KEYWORDS_OPEN } from './rank';

/**
 * A rehype plugin that puts each page's frontmatter keywords into the article as hidden text,
 * right after the sub-heading they name (or at the top), so Pagefind indexes them with that
 * passage. `hidden` keeps them from sight and from screen readers; the sentinels let the search
 * UI leave them out of excerpts. A keyword naming a heading the page does not have stops the
 * build.
 */
export interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: { id?: unknown; [name: string]: unknown };
  children?: HastNode[];
}

interface FileLike {
  path?: string;
  data: { astro?: { frontmatter?: { keywords?: unknown } } };
}

export function keywordsNode(words: readonly string[]): HastNode {
  return {
    type: 'element',
    tagName: 'div',
    properties: { hidden: true, dataSearchKeywords: '', dataPagefindWeight: '2' },
    children: [{ type: 'text', value: `${KEYWORDS_OPEN} ${words.join(' ')} ${KEYWORDS_CLOSE}` }],
  };
}

function insertAfterId(node: HastNode, id: string, insert: HastNode): boolean {
  const children = node.children ?? [];
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (!child) continue;
    if (child.type === 'element' && child.properties?.id === id) {
      children.splice(i + 1, 0, insert);
      return true;
    }
    if (insertAfterId(child, id, insert)) return true;
  }
  return false;
}

export function addSearchKeywords(tree: HastNode, file: FileLike): void {
  const raw = file.data.astro?.frontmatter?.keywords;
  if (!Array.isArray(raw) || raw.length === 0) return;
  const groups = groupKeywords(raw.filter((k): k is string => typeof k === 'string'));
  for (const [id, words] of groups) {
    if (id === '') {
      tree.children = [keywordsNode(words), ...(tree.children ?? [])];
    } else if (!insertAfterId(tree, id, keywordsNode(words))) {
      throw new Error(`${file.path ?? 'content'}: keywords name #${id}, but the page has no heading with that id`);
    }
  }
}

export function rehypeSearchKeywords() {
  return (tree: HastNode, file: FileLike) => addSearchKeywords(tree, file);
}
