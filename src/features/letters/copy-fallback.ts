/**
 * Where the browser refuses the clipboard: the letter in a read-only box, selected, for the
 * reader to copy by hand (long-press → Copy on a phone). Loaded only when a copy has failed.
 */
export function showCopyBox(container: HTMLElement, text: string, label: string): HTMLTextAreaElement {
  const id = 'letter-copy-box';
  const caption = document.createElement('label');
  caption.className = 'field__label';
  caption.htmlFor = id;
  caption.textContent = label;
  const box = document.createElement('textarea');
  box.id = id;
  box.className = 'field__input letters__copy-box';
  box.readOnly = true;
  box.rows = Math.min(12, text.split('\n').length);
  box.value = text;
  container.replaceChildren(caption, box);
  box.focus();
  box.setSelectionRange(0, text.length);
  box.select();
  return box;
}
