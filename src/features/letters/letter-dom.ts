import { type Line, type Part, paragraphs } from './fill';
import type { FieldKey } from './templates';

function span(className: string, text?: string): HTMLSpanElement {
  const el = document.createElement('span');
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function blank(field: FieldKey, long: boolean, label: string): HTMLSpanElement {
  const el = span(long ? 'letter__blank letter__blank--long' : 'letter__blank');
  el.dataset.blank = field;
  el.append(span('visually-hidden', '〔'), label, span('visually-hidden', '〕'));
  for (let i = 0; i < (long ? 3 : 0); i++) el.append(span('letter__rule'));
  return el;
}

function part(p: Part, labels: Partial<Record<FieldKey, string>>): Node {
  if (p.kind === 'text') return document.createTextNode(p.text);
  if (p.kind === 'value') {
    const el = span('letter__value', p.text);
    el.dataset.value = p.field;
    return el;
  }
  return blank(p.field, p.long, labels[p.field] ?? p.field);
}

/**
 * A filled letter as DOM, the same structure LetterLines.astro renders on the server: a <p> per
 * paragraph, its lines joined by <br>; what the reader wrote in a highlighted span; a field still
 * to fill in as a labelled blank: its label on a line to write on, three more lines for long text.
 */
export function renderLetter(
  target: HTMLElement,
  lines: readonly Line[],
  labels: Partial<Record<FieldKey, string>>,
): void {
  target.replaceChildren(
    ...paragraphs(lines).map((paragraph) => {
      const p = document.createElement('p');
      p.className = 'letter__p';
      paragraph.forEach((line, i) => {
        if (i > 0) p.append(document.createElement('br'));
        const target = line.optional ? p.appendChild(span('')) : p;
        if (line.optional) target.dataset.optional = '';
        for (const item of line.parts) target.append(part(item, labels));
      });
      return p;
    }),
  );
}
