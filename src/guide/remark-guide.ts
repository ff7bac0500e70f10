import type { RemarkPlugin } from '@astrojs/markdown-remark';
import { withBase } from '../lib/routes';
import { parseHeadingText } from './heading-ids';

/**
 * A remark plugin that gives headings their explicit `{#id}` and records what the guide model
 * validates: every heading (with or without an id) and every link. It also prefixes site-root
 * links with the deploy base, so content can say `/zh/causes/` and still work under `/guide/`.
 *
 * The records travel in the frontmatter that `render()` returns as `remarkPluginFrontmatter`.
 */
export interface MdNode {
  type: string;
  depth?: number;
  url?: string;
  value?: string;
  children?: MdNode[];
  data?: { hProperties?: Record<string, unknown> };
}

export interface VFileLike {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

export interface RemarkGuideOptions {
  base?: string;
}

export interface CollectedHeading {
  depth: number;
  id: string | null;
  text: string;
}

function textOf(node: MdNode): string {
  if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) {
    return node.value;
  }
  return (node.children ?? []).map(textOf).join('');
}

function walk(node: MdNode, visit: (node: MdNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

export function transformGuideTree(tree: MdNode, file: VFileLike, options: RemarkGuideOptions = {}): void {
  const base = options.base ?? '/';
  {
    const headings: CollectedHeading[] = [];
    const links: string[] = [];
    walk(tree, (node) => {
      if (node.type === 'heading') {
        const last = node.children?.at(-1);
        let id: string | null = null;
        if (last?.type === 'text' && typeof last.value === 'string') {
          const parsed = parseHeadingText(last.value);
          if (parsed.id !== undefined) {
            id = parsed.id;
            last.value = parsed.text;
            node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
          }
        }
        headings.push({ depth: node.depth ?? 0, id, text: textOf(node).trim() });
      } else if (node.type === 'link' && typeof node.url === 'string') {
        links.push(node.url);
        if (node.url.startsWith('/') && !node.url.startsWith('//')) {
          node.url = withBase(base, node.url);
        }
      }
    });
    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter.guideHeadings = headings;
    file.data.astro.frontmatter.guideLinks = links;
  }
}

export const remarkGuide: RemarkPlugin<[RemarkGuideOptions?]> = (options) => (tree, file) =>
  transformGuideTree(tree as unknown as MdNode, file as unknown as VFileLike, options);
