/**
 * Binds a panel made by createPanel: runs the query as the reader types, and shows the results,
 * the count or the reason there are none. Everything the reader typed is written with
 * textContent, never as HTML.
 */

import type { Lang } from '../../lib/languages';
import { withBase } from '../../lib/routes';
import { format, plural } from '../../lib/text';
import { search } from './engine';
import type { ExcerptPart } from './page-text';
import { normalizeQuery, resultHref } from './query';
import { quotedQuery } from './quote';
import type { SearchHit } from './rank';
import type { SearchStrings } from './strings';

const DEBOUNCE_MS = 120;

export interface Panel {
  input: HTMLInputElement;
  run(query: string): Promise<void>;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  return el;
}

function excerptElement(parts: readonly ExcerptPart[]): HTMLParagraphElement {
  const p = element('p', 'search-result__excerpt');
  for (const part of parts) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      p.append(mark);
    } else {
      p.append(part.text);
    }
  }
  return p;
}

function resultElement(hit: SearchHit): HTMLLIElement {
  const path = withBase(import.meta.env.BASE_URL, hit.path);
  const li = element('li', 'search-result');
  const title = element('a', 'search-result__title');
  title.href = resultHref(path, hit.highlight);
  title.textContent = hit.title;
  li.append(title);
  if (hit.excerpt.length > 0) li.append(excerptElement(hit.excerpt));
  if (hit.sections.length > 0) {
    const list = element('ul', 'search-result__sections');
    for (const section of hit.sections) {
      const item = element('li', 'search-result__section');
      const link = element('a', 'search-result__section-title');
      link.href = resultHref(path, hit.highlight, section.id);
      link.textContent = section.title;
      item.append(link);
      if (section.excerpt.length > 0) item.append(excerptElement(section.excerpt));
      list.append(item);
    }
    li.append(list);
  }
  return li;
}

/** `onQuery` hears every query the panel runs (the search page keeps its URL in step). */
export function bindPanel(
  root: HTMLElement,
  lang: Lang,
  strings: SearchStrings,
  onQuery?: (query: string) => void,
): Panel {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]');
  const input = root.querySelector<HTMLInputElement>('[data-search-input]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const unavailable = root.querySelector<HTMLElement>('[data-search-unavailable]');
  const none = root.querySelector<HTMLElement>('[data-search-none]');
  if (!form || !input || !status || !list || !unavailable || !none) throw new Error('Incomplete search panel');
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  // data-state and data-query say what the panel shows, for styling and for tests to wait on;
  // data-answer="none" when the guide has nothing on the query.
  const settle = (state: 'idle' | 'done' | 'error', query: string, answered = true) => {
    root.setAttribute('data-state', state);
    root.setAttribute('data-query', query);
    if (answered) root.removeAttribute('data-answer');
    else root.setAttribute('data-answer', 'none');
  };

  const show = (text: string, hits: SearchHit[]) => {
    status.textContent = text;
    list.replaceChildren(...hits.map(resultElement));
    list.hidden = hits.length === 0;
  };

  const run = async (raw: string) => {
    const query = normalizeQuery(raw);
    const run = ++latest;
    onQuery?.(query);
    if (!query) {
      unavailable.hidden = true;
      none.hidden = true;
      show(strings.hint, []);
      settle('idle', query);
      return;
    }
    root.setAttribute('data-state', 'loading');
    status.textContent = strings.loading;
    try {
      const { answered, hits, says } = await search(lang, query);
      if (run !== latest) return;
      unavailable.hidden = true;
      none.hidden = answered;
      for (const [selector, text] of [
        ['[data-search-none-intro]', says.noAnswerWaysOn],
        ['[data-search-hotline]', says.hotline],
      ] as const) {
        const target = none.querySelector(selector);
        if (target) target.textContent = text;
      }
      show(
        answered
          ? plural(strings.locale, says.resultCount, hits.length, { n: hits.length })
          : format(says.noAnswer, { q: quotedQuery(query) }),
        hits,
      );
      settle('done', query, answered);
    } catch {
      if (run !== latest) return;
      none.hidden = true;
      show('', []);
      unavailable.hidden = false;
      settle('error', query);
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), DEBOUNCE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(input.value);
  });
  status.textContent = strings.hint;
  settle('idle', '');
  return { input, run };
}
