import { currentHeading, shareUrl, withFragment } from './links';

const status = document.getElementById('share-status');
const canShare = typeof navigator.share === 'function';

function button(kind: 'copy' | 'share', id: string, label: string): HTMLButtonElement {
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

// Copy (and, where there is a share sheet, share) buttons beside every heading's # link.
for (const tools of document.querySelectorAll<HTMLElement>('.heading-tools')) {
  const heading = tools.previousElementSibling;
  const text = heading?.textContent?.trim() ?? '';
  if (!heading?.id) continue;
  const label = (template: string | undefined) => (template ?? '').replace('{}', text);
  tools.append(button('copy', heading.id, label(status?.dataset.copyHeading)));
  if (canShare) tools.append(button('share', heading.id, label(status?.dataset.shareHeading)));
}

// Reveal only what can work here: copying always can (with the fallback), sharing only where
// the browser has a share sheet.
for (const control of document.querySelectorAll<HTMLButtonElement>('button[data-copy], button[data-share]')) {
  if (control.dataset.copy !== undefined || canShare) control.hidden = false;
}

function announce(message: string | undefined): void {
  if (!status || !message) return;
  // Emptied first so that a second copy of the same link is announced again.
  status.textContent = '';
  setTimeout(() => {
    status.textContent = message;
  }, 50);
}

/** Where the clipboard is refused: the link in a box next to the control, selected. */
function showFallback(button: HTMLElement, url: string): void {
  document.querySelector('.share-fallback')?.remove();
  const box = document.createElement('div');
  box.className = 'share-fallback';
  box.dataset.pagefindIgnore = '';
  const message = document.createElement('p');
  message.textContent = status?.dataset.failed ?? '';
  const label = document.createElement('label');
  label.textContent = status?.dataset.label ?? '';
  const input = document.createElement('input');
  input.type = 'url';
  input.readOnly = true;
  input.value = url;
  label.append(input);
  box.append(message, label);
  (button.closest('.heading-tools, .page-share') ?? button).after(box);
  input.focus();
  input.select();
}

async function copy(button: HTMLElement, url: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(url);
    document.querySelector('.share-fallback')?.remove();
    announce(status?.dataset.copied);
  } catch {
    showFallback(button, url);
    announce(status?.dataset.failed);
  }
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy], button[data-share]');
  if (!button) return;
  const id = button.dataset.copy ?? button.dataset.share ?? '';
  const url = shareUrl(window.location, id || undefined);
  if (button.dataset.copy !== undefined) {
    void copy(button, url);
    return;
  }
  const heading = id ? document.getElementById(id)?.textContent?.trim() : undefined;
  const title = heading ? `${heading} · ${document.title}` : document.title;
  // A cancelled share sheet rejects; there is nothing to tell the reader.
  navigator.share({ title, url }).catch(() => {});
});

// Linked headings land below the sticky header, however many rows it wraps onto.
const header = document.querySelector<HTMLElement>('.site-header');
if (header) {
  new ResizeObserver(() => {
    document.documentElement.style.setProperty('--header-height', `${header.offsetHeight}px`);
  }).observe(header);
}

// The language link carries the passage the reader is in, so the other language opens there.
const languageLink = document.querySelector<HTMLAnchorElement>('a.language-link');
const headings = [...document.querySelectorAll<HTMLElement>('.linked-heading')];
if (languageLink && headings.length > 0) {
  const px = (value: string) => Number.parseFloat(value) || 0;
  let queued = false;
  const update = () => {
    queued = false;
    // The line a linked heading lands on: the page's scroll padding plus the heading's margin.
    const line =
      px(getComputedStyle(document.documentElement).scrollPaddingTop) +
      px(getComputedStyle(headings[0] as HTMLElement).scrollMarginTop);
    const positions = headings.map((heading) => ({ id: heading.id, top: heading.getBoundingClientRect().top }));
    const target = decodeURIComponent(window.location.hash.slice(1)) || undefined;
    const id = currentHeading(positions, line + 2, window.innerHeight, target);
    // The attribute, not the property: it stays a path, as the page wrote it.
    languageLink.setAttribute('href', withFragment(languageLink.getAttribute('href') ?? '', id));
  };
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(update);
  };
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('hashchange', schedule);
  window.addEventListener('pageshow', schedule);
  // Also just before it is followed, in case a scroll has not been handled yet.
  languageLink.addEventListener('pointerdown', update);
  languageLink.addEventListener('focus', update);
  update();
}
