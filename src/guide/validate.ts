import { LANGS, type Lang, SOURCE_LANG } from '../lib/languages';
import { FIXED_PAGES, OVERVIEW_KEY, pagePath, RESERVED_IDS } from '../lib/routes';
import { TOOL_PAGES } from '../lib/tool-pages';
import { isValidId } from './heading-ids';
import type { PageSource } from './model';

/** One thing wrong with the content, tied to the file an author has to open to fix it. */
export interface Problem {
  file: string;
  message: string;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
const KEY_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Where the same page lives in another language, e.g. content/zh/a.mdx → content/en/a.mdx. */
export function translationFile(file: string, from: Lang, to: Lang): string {
  return file.replace(new RegExp(`(^|/)${from}/`), `$1${to}/`);
}

/** Every rule a content change must keep; an empty list means the guide can be built. */
export function validateGuide(sources: readonly PageSource[]): Problem[] {
  return [
    ...checkKeys(sources),
    ...checkTranslations(sources),
    ...checkOrder(sources),
    ...checkHeadings(sources),
    ...checkLinks(sources),
  ];
}

function checkKeys(sources: readonly PageSource[]): Problem[] {
  const problems: Problem[] = [];
  for (const source of sources) {
    if (!KEY_PATTERN.test(source.key)) {
      problems.push({
        file: source.file,
        message: `file name "${source.key}" must be lower-case words joined by hyphens (it becomes the URL)`,
      });
    }
    if ((FIXED_PAGES as readonly string[]).includes(source.key)) {
      problems.push({
        file: source.file,
        message: `"${source.key}" is the URL of a built-in page; give the section another file name`,
      });
    }
  }
  for (const lang of LANGS) {
    const inLang = sources.filter((source) => source.lang === lang);
    if (inLang.length > 0 && !inLang.some((source) => source.key === OVERVIEW_KEY)) {
      problems.push({
        file: `content/${lang}/${OVERVIEW_KEY}.mdx`,
        message: `missing: every language needs an overview page (${OVERVIEW_KEY}.mdx)`,
      });
    }
  }
  return problems;
}

function checkTranslations(sources: readonly PageSource[]): Problem[] {
  const problems: Problem[] = [];
  for (const source of sources) {
    for (const lang of LANGS) {
      if (lang === source.lang) continue;
      if (!sources.some((other) => other.lang === lang && other.key === source.key)) {
        problems.push({
          file: source.file,
          message: `has no ${lang} translation: add ${translationFile(source.file, source.lang, lang)}`,
        });
      }
    }
  }
  return problems;
}

function checkOrder(sources: readonly PageSource[]): Problem[] {
  const problems: Problem[] = [];
  for (const lang of LANGS) {
    const seen = new Map<number, PageSource>();
    for (const source of sources.filter((candidate) => candidate.lang === lang)) {
      const clash = seen.get(source.order);
      if (clash) {
        problems.push({
          file: source.file,
          message: `order ${source.order} is already used by ${clash.file}`,
        });
      }
      seen.set(source.order, source);
    }
    const overview = sources.find((s) => s.lang === lang && s.key === OVERVIEW_KEY);
    for (const source of sources.filter((s) => s.lang === lang && s.key !== OVERVIEW_KEY)) {
      if (overview && source.order <= overview.order) {
        problems.push({
          file: source.file,
          message: `order ${source.order} must be greater than the overview's (${overview.order})`,
        });
      }
    }
  }
  for (const lang of LANGS) {
    const inLang = sources.filter((s) => s.lang === lang);
    const lastArticle = Math.max(...inLang.filter((s) => s.kind === 'article').map((s) => s.order));
    for (const source of inLang.filter((s) => s.kind === 'site' && s.order < lastArticle)) {
      problems.push({
        file: source.file,
        message: `order ${source.order} puts a page of this site's (kind: site) among the article's parts; give it an order after ${lastArticle}`,
      });
    }
    const overview = inLang.find((s) => s.key === OVERVIEW_KEY);
    if (overview && overview.kind !== 'article') {
      problems.push({ file: overview.file, message: 'the overview opens the article: it cannot be kind: site' });
    }
  }
  for (const source of sources.filter((s) => s.lang !== SOURCE_LANG)) {
    const original = sources.find((s) => s.lang === SOURCE_LANG && s.key === source.key);
    if (original && original.kind !== source.kind) {
      problems.push({
        file: source.file,
        message: `kind ${source.kind} differs from ${original.file} (kind ${original.kind}); a page is the article's or the site's in every language`,
      });
    }
    if (original && original.order !== source.order) {
      problems.push({
        file: source.file,
        message: `order ${source.order} differs from ${original.file} (order ${original.order}); both languages keep the same order`,
      });
    }
  }
  return problems;
}

function checkHeadings(sources: readonly PageSource[]): Problem[] {
  const problems: Problem[] = [];
  const sectionKeys = new Set(sources.map((source) => source.key));
  for (const source of sources) {
    const seen = new Set<string>();
    for (const heading of source.headings) {
      const where = `heading "${heading.text}"`;
      if (heading.depth !== 2) {
        problems.push({
          file: source.file,
          message: `${where} is level ${heading.depth}; sub-headings are level 2 (## …) because the page title is the h1`,
        });
      }
      if (heading.id === undefined) {
        problems.push({
          file: source.file,
          message: `${where} has no id; write it as "## ${heading.text} \\{#some-id\\}"`,
        });
        continue;
      }
      if (!isValidId(heading.id)) {
        problems.push({
          file: source.file,
          message: `${where} has id "${heading.id}"; ids are lower-case ASCII words joined by hyphens`,
        });
      }
      if (seen.has(heading.id)) {
        problems.push({ file: source.file, message: `duplicate heading id "${heading.id}"` });
      }
      seen.add(heading.id);
      if ((RESERVED_IDS as readonly string[]).includes(heading.id) || sectionKeys.has(heading.id)) {
        problems.push({
          file: source.file,
          message: `heading id "${heading.id}" is used by the page itself; choose another`,
        });
      }
    }
  }
  // The whole-guide page holds every section of a language, so ids must be unique across them.
  for (const lang of LANGS) {
    const owner = new Map<string, PageSource>();
    for (const source of sources.filter((s) => s.lang === lang)) {
      for (const id of new Set(source.headings.map((h) => h.id))) {
        if (id === undefined) continue;
        const first = owner.get(id);
        if (first) {
          problems.push({
            file: source.file,
            message: `duplicate heading id "${id}": ${first.file} uses it too, and the whole-guide page shows both`,
          });
        } else {
          owner.set(id, source);
        }
      }
    }
  }
  for (const source of sources.filter((s) => s.lang !== SOURCE_LANG)) {
    const original = sources.find((s) => s.lang === SOURCE_LANG && s.key === source.key);
    if (!original) continue;
    const ids = source.headings.map((h) => h.id ?? '?').join(', ');
    const originalIds = original.headings.map((h) => h.id ?? '?').join(', ');
    if (ids !== originalIds) {
      problems.push({
        file: source.file,
        message: `heading ids [${ids}] differ from ${original.file} [${originalIds}]; a shared #link must work in both languages`,
      });
    }
  }
  return problems;
}

/** The ids a reader can land on at each site path, for link checks. */
export function anchorsByPath(sources: readonly PageSource[]): Map<string, Set<string>> {
  const anchors = new Map<string, Set<string>>();
  for (const lang of LANGS) {
    const inLang = sources.filter((s) => s.lang === lang);
    const full = new Set<string>();
    for (const source of inLang) {
      const ids = new Set(source.headings.flatMap((h) => (h.id ? [h.id] : [])));
      anchors.set(pagePath(lang, source.key), ids);
      full.add(source.key);
      for (const id of ids) full.add(id);
    }
    if (inLang.length > 0) {
      anchors.set(pagePath(lang, 'full'), full);
      for (const [page, ids] of Object.entries(TOOL_PAGES)) anchors.set(pagePath(lang, page), new Set(ids));
    }
  }
  return anchors;
}

function checkLinks(sources: readonly PageSource[]): Problem[] {
  const problems: Problem[] = [];
  const anchors = anchorsByPath(sources);
  for (const source of sources) {
    const own = pagePath(source.lang, source.key);
    for (const link of source.links) {
      if (EXTERNAL.test(link)) continue;
      const hashAt = link.indexOf('#');
      const path = hashAt === -1 ? link : link.slice(0, hashAt);
      const id = hashAt === -1 ? '' : link.slice(hashAt + 1);
      if (path !== '' && !path.startsWith('/')) {
        problems.push({
          file: source.file,
          message: `link "${link}": write internal links from the site root, e.g. /${source.lang}/causes/#income-change, or as #id on the same page`,
        });
        continue;
      }
      const target = path === '' ? own : path;
      const ids = anchors.get(target);
      if (!ids) {
        problems.push({ file: source.file, message: `broken link "${link}": no page at ${target}` });
      } else if (id !== '' && !ids.has(id)) {
        problems.push({
          file: source.file,
          message: `broken link "${link}": ${target} has no heading with id "${id}"`,
        });
      }
    }
  }
  return problems;
}

/** One readable error for the build log: every problem, each on its own line, file first. */
export function formatProblems(problems: readonly Problem[]): string {
  const lines = problems.map((problem) => `  ${problem.file}: ${problem.message}`);
  return `The guide's content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
