/**
 * On every page, and kept tiny: opens search when the reader asks for it (the header link, `/`,
 * Ctrl/Cmd+K) and only then loads the dialog, Pagefind and the index; and, when the page was
 * reached from a search result, loads Pagefind's highlighter to mark the searched words.
 */
import { withBase } from '../../lib/routes';
import { HIGHLIGHT_PARAM, wantsHighlight } from './query';

const bundle = withBase(import.meta.env.BASE_URL, '/pagefind/');

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.matches('input, textarea, select, [role="textbox"]'))
  );
}

function openSearch(trigger: HTMLElement | null): void {
  // The search page has its own box: go there rather than open a second one.
  const pageInput = document.querySelector<HTMLInputElement>('[data-search-page] [data-search-input]');
  if (pageInput) {
    pageInput.focus();
    pageInput.select();
    return;
  }
  import('./dialog')
    .then(({ openDialog }) => openDialog(trigger))
    .catch(() => {
      // The dialog's code could not be fetched: the search page is the next best thing.
      const link = document.querySelector<HTMLAnchorElement>('[data-search-open]');
      if (link) window.location.href = link.href;
    });
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-search-open]')) {
  link.setAttribute('aria-haspopup', 'dialog');
  link.addEventListener('click', (event) => {
    // Let "open in new tab" and friends do what the reader asked for.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    openSearch(link);
  });
}

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.isComposing) return;
  const modifier = event.ctrlKey || event.metaKey;
  if (modifier && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
    event.preventDefault();
    openSearch(document.querySelector('[data-search-open]'));
  } else if (event.key === '/' && !modifier && !event.altKey && !isTyping(event.target)) {
    event.preventDefault();
    openSearch(document.querySelector('[data-search-open]'));
  }
});

if (wantsHighlight(window.location.search)) {
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
