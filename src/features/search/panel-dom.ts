/**
 * The search box, its status line, the "unavailable" notice and the result list, built in the
 * browser when search is first opened: pages carry none of it, so it costs nothing until the
 * reader asks for search. Used by the dialog and by the search page.
 */
import type { Lang } from '../../lib/languages';
import { pagePath, withBase } from '../../lib/routes';
import type { SearchStrings } from './strings';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

export function createPanel(lang: Lang, strings: SearchStrings, idPrefix: string): HTMLElement {
  const href = (path: string) => withBase(import.meta.env.BASE_URL, path);
  const input = el('input', {
    class: 'search-form__input',
    id: `${idPrefix}-input`,
    type: 'search',
    name: 'q',
    autocomplete: 'off',
    autocapitalize: 'off',
    spellcheck: 'false',
    enterkeyhint: 'search',
    'aria-describedby': `${idPrefix}-status`,
    'data-search-input': '',
  });
  const form = el(
    'form',
    { class: 'search-form', action: href(pagePath(lang, 'search')), method: 'get', 'data-search-form': '' },
    el('label', { class: 'search-form__label', for: input.id }, strings.label),
    input,
  );
  const waysOn = () =>
    strings.waysOn.flatMap((link, i) => [...(i > 0 ? [' · '] : []), el('a', { href: href(link.path) }, link.text)]);
  const unavailable = el(
    'div',
    { class: 'callout search-panel__unavailable', role: 'alert', 'data-search-unavailable': '', hidden: '' },
    el('p', {}, `${strings.unavailable} `, ...waysOn()),
  );
  // Nothing in the guide answers the query: say so, and offer the way on.
  const none = el(
    'div',
    { class: 'callout search-panel__none', 'data-search-none': '', hidden: '' },
    // Its words come with the answer (they travel with the search words).
    el('p', {}, el('span', { 'data-search-none-intro': '' }), ' ', ...waysOn()),
    el('p', { 'data-search-hotline': '' }),
  );
  return el(
    'div',
    { class: 'search-panel', 'data-search-panel': '', 'data-pagefind-ignore': '' },
    el('search', {}, form),
    el('p', { class: 'search-panel__status', id: `${idPrefix}-status`, role: 'status', 'data-search-status': '' }),
    unavailable,
    none,
    el('ol', {
      class: 'search-results',
      'aria-label': strings.resultsLabel,
      'data-search-results': '',
      hidden: '',
    }),
  );
}

/** The dialog around a panel: a native modal <dialog>, so focus is trapped and Esc closes it. */
export function createDialog(lang: Lang, strings: SearchStrings): HTMLDialogElement {
  return el(
    'dialog',
    {
      class: 'search-dialog',
      'aria-labelledby': 'search-dialog-title',
      'data-search-dialog': '',
      'data-pagefind-ignore': '',
    },
    el(
      'div',
      { class: 'search-dialog__bar' },
      el('h2', { class: 'search-dialog__title', id: 'search-dialog-title' }, strings.open),
      el('button', { class: 'search-dialog__close', type: 'button', 'data-search-close': '' }, strings.close),
    ),
    createPanel(lang, strings, 'search-dialog'),
  );
}
