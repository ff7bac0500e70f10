import type { ShareText } from '../../i18n/dictionary';

/** What the script says; the buttons' own names are rendered on the page. */
export type ShareStrings = Pick<
  ShareText,
  'copyHeadingLink' | 'shareHeading' | 'linkCopied' | 'copyFailed' | 'linkToShare'
>;

import { readStrings } from '../../lib/element-data';
import { format } from '../../lib/text';
import { currentHeading, fragmentId, shareUrl, withFragment } from './links';

/**
 * `<share-tools>`: the page's copy/share buttons and, for the whole page, a copy (and where the
 * browser has a share sheet, a share) button beside every heading's `#` link, plus the language
 * link that follows the passage the reader is in. Its strings come from its `data-strings`.
 */
export class ShareTools extends HTMLElement {
  #strings!: ShareStrings;
  #status: HTMLElement | null = null;
  #abort = new AbortController();

  connectedCallback(): void {
    this.#strings = readStrings<ShareStrings>(this);
    this.#status = this.querySelector('[role="status"]');
    const canShare = typeof navigator.share === 'function';
    const signal = this.#abort.signal;

    for (const tools of document.querySelectorAll<HTMLElement>('.heading-tools')) {
      const heading = tools.previousElementSibling;
      if (!heading?.id || tools.querySelector('button')) continue;
      const text = heading.textContent?.trim() ?? '';
      tools.append(this.#button('copy', heading.id, format(this.#strings.copyHeadingLink, { heading: text })));
      if (canShare)
        tools.append(this.#button('share', heading.id, format(this.#strings.shareHeading, { heading: text })));
    }
    // Reveal only what can work here: copying always can (with the fallback), sharing only where
    // the browser has a share sheet.
    for (const control of this.querySelectorAll<HTMLButtonElement>('button[data-copy], button[data-share]')) {
      if (control.dataset.copy !== undefined || canShare) control.hidden = false;
    }
    document.addEventListener('click', (event) => this.#onClick(event), { signal });
    this.#trackHeaderHeight(signal);
    this.#keepLanguageLinkInPlace(signal);
  }

  disconnectedCallback(): void {
    this.#abort.abort();
    this.#abort = new AbortController();
  }

  #button(kind: 'copy' | 'share', id: string, label: string): HTMLButtonElement {
    const element = document.createElement('button');
    element.type = 'button';
    element.className = `share-button share-button--${kind}`;
    element.dataset[kind] = id;
    const name = document.createElement('span');
    name.className = 'visually-hidden';
    name.textContent = label;
    element.append(name);
    return element;
  }

  #announce(message: string): void {
    const status = this.#status;
    if (!status) return;
    // Emptied first so that a second copy of the same link is announced again.
    status.textContent = '';
    requestAnimationFrame(() => {
      status.textContent = message;
    });
  }

  /** Where the clipboard is refused: the link in a box next to the control, selected. */
  #showFallback(button: HTMLElement, url: string): void {
    document.querySelector('.share-fallback')?.remove();
    const box = document.createElement('div');
    box.className = 'share-fallback';
    box.dataset.pagefindIgnore = '';
    const message = document.createElement('p');
    message.textContent = this.#strings.copyFailed;
    const label = document.createElement('label');
    label.textContent = this.#strings.linkToShare;
    const input = document.createElement('input');
    input.type = 'url';
    input.readOnly = true;
    input.value = url;
    label.append(input);
    box.append(message, label);
    (button.closest('.heading-tools, share-tools') ?? button).after(box);
    input.focus();
    input.select();
  }

  async #copy(button: HTMLElement, url: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      document.querySelector('.share-fallback')?.remove();
      this.#announce(this.#strings.linkCopied);
    } catch {
      this.#showFallback(button, url);
      this.#announce(this.#strings.copyFailed);
    }
  }

  #onClick(event: Event): void {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>(
      'button[data-copy], button[data-share]',
    );
    if (!button) return;
    const id = button.dataset.copy ?? button.dataset.share ?? '';
    const url = shareUrl(window.location, id || undefined);
    if (button.dataset.copy !== undefined) {
      void this.#copy(button, url);
      return;
    }
    const heading = id ? document.getElementById(id)?.textContent?.trim() : undefined;
    const title = heading ? `${heading} · ${document.title}` : document.title;
    // A cancelled share sheet rejects; there is nothing to tell the reader.
    navigator.share({ title, url }).catch(() => {});
  }

  /** Linked headings land below the sticky header, however many rows it wraps onto. */
  #trackHeaderHeight(signal: AbortSignal): void {
    const header = document.querySelector<HTMLElement>('.site-header');
    if (!header) return;
    const observer = new ResizeObserver(() => {
      document.documentElement.style.setProperty('--header-height', `${header.offsetHeight}px`);
    });
    observer.observe(header);
    signal.addEventListener('abort', () => observer.disconnect());
  }

  /** The language links carry the passage the reader is in, so the other language opens there. */
  #keepLanguageLinkInPlace(signal: AbortSignal): void {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('a.language-link')];
    const headings = [...document.querySelectorAll<HTMLElement>('.linked-heading')];
    if (links.length === 0 || headings.length === 0) return;
    const px = (value: string) => Number.parseFloat(value) || 0;
    let queued = false;
    const update = () => {
      queued = false;
      // The line a linked heading lands on: the page's scroll padding plus the heading's margin.
      const line =
        px(getComputedStyle(document.documentElement).scrollPaddingTop) +
        px(getComputedStyle(headings[0] as HTMLElement).scrollMarginTop);
      const positions = headings.map((heading) => ({ id: heading.id, top: heading.getBoundingClientRect().top }));
      const id = currentHeading(positions, line + 2, window.innerHeight, fragmentId(window.location.hash));
      // The attribute, not the property: it stays a path, as the page wrote it.
      for (const link of links) link.setAttribute('href', withFragment(link.getAttribute('href') ?? '', id));
    };
    const schedule = () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(update);
    };
    window.addEventListener('scroll', schedule, { passive: true, signal });
    window.addEventListener('hashchange', schedule, { signal });
    window.addEventListener('pageshow', schedule, { signal });
    // Also just before it is followed, in case a scroll has not been handled yet.
    for (const link of links) {
      link.addEventListener('pointerdown', update, { signal });
      link.addEventListener('focus', update, { signal });
    }
    update();
  }
}
