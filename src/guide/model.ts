import { LANGS, type Lang, SOURCE_LANG } from '../lib/languages';
import { OVERVIEW_KEY, pagePath } from '../lib/routes';

/** What the guide model needs to know about one content file, whatever loaded it. */
export interface PageSource {
  lang: Lang;
  key: string;
  /** Path of the source file, for error messages (e.g. `content/zh/causes.mdx`). */
  file: string;
  title: string;
  description: string;
  summary: string;
  order: number;
  /** `article`: the author's text (the overview and the numbered parts); `site`: written by this site. */
  kind: PageKind;
  updated: Date;
  /** Headings in document order; `id` is undefined where the author wrote none. */
  headings: SourceHeading[];
  /** Every link target written in the content (`href` values). */
  links: string[];
}

export type PageKind = 'article' | 'site';

export interface SourceHeading {
  depth: number;
  id: string | undefined;
  text: string;
}

export interface Heading extends SourceHeading {
  id: string;
}

export interface GuidePage extends Omit<PageSource, 'headings'> {
  headings: Heading[];
  /** 1…n for the article's parts; 0 for the overview and the site's own pages. */
  number: number;
  path: string;
}

export interface Guide {
  /** Overview first, then the article's parts, then the site's own pages, in order. */
  pages(lang: Lang): GuidePage[];
  /** The article's numbered parts. */
  sections(lang: Lang): GuidePage[];
  /** Pages the site wrote itself (not part of the original article). */
  sitePages(lang: Lang): GuidePage[];
  overview(lang: Lang): GuidePage;
  page(lang: Lang, key: string): GuidePage | undefined;
  previous(page: GuidePage): GuidePage | undefined;
  next(page: GuidePage): GuidePage | undefined;
}

/**
 * Builds the guide from validated sources. Call `validateGuide` first: this function assumes
 * every page exists in every language and that orders are consistent.
 */
export function buildGuide(sources: readonly PageSource[]): Guide {
  const byLang = new Map<Lang, GuidePage[]>();
  for (const lang of LANGS) {
    const pages = sources
      .filter((source) => source.lang === lang)
      .sort((a, b) => a.order - b.order)
      .map((source) => ({
        ...source,
        headings: source.headings.map((heading) => ({ ...heading, id: heading.id ?? '' })),
        number: 0,
        path: pagePath(lang, source.key),
      }));
    let n = 0;
    for (const page of pages) {
      page.number = page.key === OVERVIEW_KEY || page.kind === 'site' ? 0 : ++n;
    }
    byLang.set(lang, pages);
  }

  const pages = (lang: Lang) => byLang.get(lang) ?? [];
  const sections = (lang: Lang) => pages(lang).filter((page) => page.key !== OVERVIEW_KEY && page.kind === 'article');
  const neighbour = (page: GuidePage, step: number) => {
    const list = sections(page.lang);
    const index = list.findIndex((candidate) => candidate.key === page.key);
    return index === -1 ? undefined : list[index + step];
  };

  return {
    pages,
    sections,
    sitePages: (lang) => pages(lang).filter((page) => page.kind === 'site'),
    overview(lang) {
      const overview = pages(lang).find((page) => page.key === OVERVIEW_KEY);
      if (!overview) throw new Error(`The guide has no ${lang} overview page`);
      return overview;
    },
    page: (lang, key) => pages(lang).find((page) => page.key === key),
    previous: (page) => neighbour(page, -1),
    next: (page) => neighbour(page, +1),
  };
}

/** The keys of the guide in source-language order: the one order every language follows. */
export function sectionKeys(guide: Guide): string[] {
  return guide.sections(SOURCE_LANG).map((page) => page.key);
}
