/**
 * The search page: builds the panel, runs the query in its `?q=` and keeps the address in step
 * as the reader types, so what is on screen can be shared by copying the URL.
 */
import type { Lang } from '../../lib/languages';
import { loadEngine } from './engine';
import { bindPanel } from './panel';
import { createPanel } from './panel-dom';
import { queryFromSearch, searchPageUrl } from './query';
import type { SearchStrings } from './strings';

export function mountSearchPage(container: HTMLElement, lang: Lang, strings: SearchStrings): void {
  const root = createPanel(lang, strings, 'search-page');
  container.append(root);
  const panel = bindPanel(root, lang, strings, (query) => {
    const next = searchPageUrl(window.location.href, query);
    if (next !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', next);
  });
  const query = queryFromSearch(window.location.search);
  if (query) {
    panel.input.value = query;
    void panel.run(query);
  } else {
    panel.input.focus();
    // Loading starts at once, not at the first keystroke: the first query here should be no
    // slower than in the header's dialog, which starts loading when it opens.
    loadEngine(lang).catch(() => undefined);
  }
}
