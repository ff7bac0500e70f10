import { type CollectionEntry, getCollection, render } from 'astro:content';
import { isLang, LANGS } from '../lib/languages';
import { buildGuide, type Guide, type PageSource } from './model';
import type { CollectedHeading } from './remark-guide';
import { formatProblems, validateGuide } from './validate';

export type GuideEntry = CollectionEntry<'guide'>;

async function toSource(entry: GuideEntry): Promise<PageSource> {
  const file = entry.filePath ?? `content/${entry.id}.mdx`;
  const [lang, key, ...rest] = entry.id.split('/');
  if (!isLang(lang) || !key || rest.length > 0) {
    throw new Error(`${file}: content files live at content/<zh|en>/<key>.mdx`);
  }
  const { remarkPluginFrontmatter } = await render(entry);
  const headings = (remarkPluginFrontmatter.guideHeadings ?? []) as CollectedHeading[];
  return {
    lang,
    key,
    file,
    ...entry.data,
    headings: headings.map((h) => ({ depth: h.depth, id: h.id ?? undefined, text: h.text })),
    links: (remarkPluginFrontmatter.guideLinks ?? []) as string[],
  };
}

let loaded: Promise<{ guide: Guide; entries: Map<string, GuideEntry> }> | undefined;

/**
 * The validated guide, loaded once per build. Any content problem stops the build here, with
 * every problem listed against its file, before a single page is written.
 */
export function loadGuide() {
  loaded ??= (async () => {
    const entries = await getCollection('guide');
    const sources = await Promise.all(entries.map(toSource));
    const problems = validateGuide(sources);
    if (problems.length > 0) throw new Error(formatProblems(problems));
    return {
      guide: buildGuide(sources),
      entries: new Map(entries.map((entry) => [entry.id, entry])),
    };
  })();
  return loaded;
}

/** The content entry behind a page, for rendering its body. */
export async function entryFor(lang: string, key: string): Promise<GuideEntry> {
  const { entries } = await loadGuide();
  const entry = entries.get(`${lang}/${key}`);
  if (!entry) throw new Error(`No content for ${lang}/${key}`);
  return entry;
}

/**
 * `getStaticPaths` of a page that exists once per language (/zh/…, /en/…). It loads the guide
 * first, so that a content problem stops the build before any page is written.
 */
export async function languagePaths() {
  await loadGuide();
  return LANGS.map((lang) => ({ params: { lang } }));
}
