import { readLang, readStrings } from '../../lib/element-data';
import { withBase } from '../../lib/routes';
import { HIGHLIGHT_PARAM, wantsHighlight } from './query';
import type { SearchStrings } from './strings';

/**
 * `<site-search>`: in the header of every page, and kept tiny. It opens search when the reader
 * asks for it (its link, `/`, Ctrl/Cmd+K) and only then loads the dialog, Pagefind and the index;
 * and, when the page was reached from a search result, it loads Pagefind's highlighter to mark
 * the searched words. With `data-search-page` it is the search page's own panel instead.
 */
export class SiteSearch extends HTMLElement {
  #abort = new AbortController();

  connectedCallback(): void {
    const lang = readLang(this);
    const strings = readStrings<SearchStrings>(this);
    if (this.hasAttribute('data-search-page')) {
      void import('./page').then(({ mountSearchPage }) => mountSearchPage(this, lang, strings));
      return;
    }
    const signal = this.#abort.signal;
    const link = this.querySelector<HTMLAnchorElement>('[data-search-open]');
    const open = (trigger: HTMLElement | null) => {
      // The search page has its own box: go there rather than open a second one.
      const pageInput = document.querySelector<HTMLInputElement>('[data-search-page] [data-search-input]');
      if (pageInput) {
        pageInput.focus();
        pageInput.select();
        return;
      }
      import('./dialog')
        .then(({ openDialog }) => openDialog(lang, strings, trigger))
        .catch(() => {
          // The dialog's code could not be fetched: the search page is the next best thing.
          if (link) window.location.href = link.href;
        });
    };
    if (link) {
      link.setAttribute('aria-haspopup', 'dialog');
      link.addEventListener(
        'click',
        (event) => {
          // Let "open in new tab" and friends do what the reader asked for.
          if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
          event.preventDefault();
          open(link);
        },
        { signal },
      );
    }
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.defaultPrevented || event.isComposing) return;
        const modifier = event.ctrlKey || event.metaKey;
        const shortcut =
          (modifier && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') ||
          (event.key === '/' && !modifier && !event.altKey && !isTyping(event.target));
        if (!shortcut) return;
        event.preventDefault();
        open(link);
      },
      { signal },
    );
    if (wantsHighlight(window.location.search)) highlightArrival();
  }

  disconnectedCallback(): void {
    this.#abort.abort();
    this.#abort = new AbortController();
  }
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.matches('input, textarea, select, [role="textbox"]'))
  );
}

/** Marks the searched words on a page opened from a result (`?pagefind-highlight=`). */
function highlightArrival(): void {
  const bundle = withBase(import.meta.env.BASE_URL, '/pagefind/');
  import(/* @vite-ignore */ `${bundle}pagefind-highlight.js`)
    .then(({ default: PagefindHighlight }) => {
      // addStyles would inject a <style> the CSP forbids; search.css styles the marks instead.
      new PagefindHighlight({
        highlightParam: HIGHLIGHT_PARAM,
        addStyles: false,
        markOptions: {
          className: 'pagefind-highlight',
          exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *', '[hidden]', '[hidden] *'],
        },
      });
    })
    .catch(() => {
      // Marking the words is a nicety; the reader is already on the right passage.
    });
}
