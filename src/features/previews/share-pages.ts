import type { Guide, GuidePage } from '../../guide/model';
import { pageTitle } from '../../guide/numbering';
import { ORIGINAL_PUBLISHED } from '../../guide/site';
import type { Dictionary } from '../../i18n/dictionary';
import { HTML_LANG, INTL_LOCALE, LANGS, type Lang } from '../../lib/languages';
import { pagePath } from '../../lib/routes';
import { format, formatDate } from '../../lib/text';
import { isoDate } from './meta';

/** What a social image shows, top to bottom. */
export interface OgCard {
  /** BCP 47 tag of the text, so the renderer can pick the right glyph forms. */
  lang: string;
  eyebrow: string;
  title: string;
  subtitle?: string;
  footnote?: string;
}

/** Everything a preview needs to know about one page of the guide. */
export interface SharePage {
  /** Site-relative path of the HTML page. */
  path: string;
  /** Undefined for the bilingual root. */
  lang: Lang | undefined;
  /** The page's key (`strategies`, `overview`, `full`); undefined for the root. */
  key: string | undefined;
  /** Site-relative path of the page's social image. */
  image: string;
  imageAlt: string;
  title: string;
  description: string;
  type: 'article' | 'website';
  /** YYYY-MM-DD: the page's own `updated`, or the latest of the pages it collects. */
  modified: string;
  card: OgCard;
}

/** Where a page's social image is written: /og/zh/strategies.png, /og/site.png for the root. */
export function imagePath(lang: Lang | undefined, key?: string): string {
  return lang && key ? `/og/${lang}/${key}.png` : '/og/site.png';
}

const latest = (pages: readonly GuidePage[]) =>
  isoDate(new Date(Math.max(...pages.map((page) => page.updated.getTime()))));

/**
 * Every page that a reader can share, in every language: the overview, each section, the
 * whole-guide page, and the root. The 404 page is not here: it is never a link worth sharing.
 */
export function sharePages(guide: Guide, t: (lang: Lang) => Dictionary): SharePage[] {
  const out: SharePage[] = [];
  for (const lang of LANGS) {
    const { site, reading, previews } = t(lang);
    const overview = guide.overview(lang);
    const sections = guide.sections(lang);
    const card = (title: string, footnote: string): OgCard => ({
      lang: HTML_LANG[lang],
      eyebrow: site.name,
      title,
      footnote,
    });
    for (const page of guide.pages(lang)) {
      const title = pageTitle(reading, page);
      out.push({
        path: page.path,
        lang,
        key: page.key,
        image: imagePath(lang, page.key),
        imageAlt: format(previews.imageAlt, { title }),
        title,
        description: page.description,
        type: 'article',
        modified: isoDate(page.updated),
        card: card(
          title,
          page.kind === 'site'
            ? reading.sitePageLabel
            : page.number === 0
              ? format(site.originallyPublished, { date: formatDate(INTL_LOCALE[lang], ORIGINAL_PUBLISHED) })
              : format(reading.partOf, { n: page.number, total: sections.length }),
        ),
      });
    }
    const wholeTitle = `${reading.wholeGuideTitle} — ${overview.title}`;
    out.push({
      path: pagePath(lang, 'full'),
      lang,
      key: 'full',
      image: imagePath(lang, 'full'),
      imageAlt: format(previews.imageAlt, { title: wholeTitle }),
      title: wholeTitle,
      description: overview.description,
      type: 'article',
      modified: latest(guide.pages(lang)),
      card: card(overview.title, format(reading.wholeGuideLead, { n: sections.length })),
    });
  }
  // The root speaks every language: each string once per language, in site order.
  const all = LANGS.map((lang) => t(lang));
  const each = (pick: (dict: Dictionary, lang: Lang) => string) =>
    LANGS.map((lang, i) => pick(all[i] as Dictionary, lang)).join(' · ');
  const rootTitle = each((d) => d.site.name);
  out.push({
    path: '/',
    lang: undefined,
    key: undefined,
    image: imagePath(undefined),
    imageAlt: each((d) => format(d.previews.imageAlt, { title: d.site.name })),
    title: rootTitle,
    description: all.map((d) => d.site.notice).join(' '),
    type: 'website',
    modified: latest(LANGS.flatMap((lang) => guide.pages(lang))),
    card: {
      lang: HTML_LANG[LANGS[0]],
      eyebrow: each((d) => d.site.chooseLanguage),
      title: all[0]?.site.name ?? '',
      subtitle: all
        .slice(1)
        .map((d) => d.site.name)
        .join(' · '),
      footnote: each((d, lang) =>
        format(d.site.originallyPublished, { date: formatDate(INTL_LOCALE[lang], ORIGINAL_PUBLISHED) }),
      ),
    },
  });
  return out;
}
