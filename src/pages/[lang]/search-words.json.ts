import { getCollection, getEntry } from 'astro:content';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { SearchWords } from '../../features/search/lexicon';
import { answerStrings } from '../../features/search/strings';
import { commonWords, missingGuideWords, pinyinTable } from '../../features/search/words';
import { t } from '../../i18n';
import { LANGS, type Lang, SEARCH_SCRIPT } from '../../lib/languages';

/**
 * /{lang}/search-words.json: content/search/{lang}.yaml for the search script, fetched with
 * Pagefind on the first search (never on a reading page's first load), plus the pinyin table
 * for Chinese, or how common each everyday English word is. The build stops here, naming the
 * file, if a guide word is not in the pages or an outside topic is.
 */
export const getStaticPaths = (() => LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const file = `content/search/${lang}.yaml`;
  const entry = await getEntry('searchWords', lang);
  if (!entry) throw new Error(`${file}: missing; every language needs its search words`);
  const pages = (await getCollection('guide')).filter((page) => page.id.startsWith(`${lang}/`));
  const text = pages.map((page) => (page.body ?? '').replace(/\\\{#[a-z0-9-]+\\\}/g, '')).join('\n');
  const script = SEARCH_SCRIPT[lang];
  const problems = missingGuideWords(entry.data, text, script);
  if (problems.length > 0) throw new Error(`${file}:\n  ${problems.join('\n  ')}`);
  const words: SearchWords = {
    answers: answerStrings(t(lang)),
    ...entry.data,
    ...(script === 'han'
      ? { pinyin: pinyinTable(text + entry.data.synonyms.flatMap((s) => s.reader).join('')) }
      : { common: commonWords(text) }),
  };
  return new Response(JSON.stringify(words), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
