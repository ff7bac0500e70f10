/**
 * The search page: builds the panel, runs the query in its `?q=` and keeps the address in step
 * as the reader types, so what is on screen can be shared by copying the URL.
 */

import { bindPanel } from './panel';
import { createPanel, pageLang } from './panel-dom';
import { queryFromSearch, searchPageUrl } from './query';

const container = document.querySelector<HTMLElement>('[data-search-page]');
if (container) {
  const lang = pageLang();
  const root = createPanel(lang, 'search-page');
  container.append(root);
  const panel = bindPanel(root, lang, (query) => {
    const next = searchPageUrl(window.location.href, query);
    if (next !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', next);
  });
  const query = queryFromSearch(window.location.search);
  if (query) {
    panel.input.value = query;
    void panel.run(query);
  } else {
    panel.input.focus();
  }
}
