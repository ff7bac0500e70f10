import { formatDate } from '../../lib/text';
import { isIsoDate } from '../calendar/dates';
import { type FieldKey, type FieldKind, OPTIONAL_MARK } from './templates';

/**
 * A template filled in with the reader's values, as lines of parts: the server renders the blank
 * template from it (no JavaScript), the browser the live letter, and the copy is its plain text.
 */
export type Part =
  | { kind: 'text'; text: string }
  /** What the reader wrote (a date already written out in the letter's language). */
  | { kind: 'value'; field: FieldKey; text: string }
  /** A field still to fill in: a labelled blank line on the page and on paper. */
  | { kind: 'blank'; field: FieldKey; long: boolean };

/**
 * One line of the letter; no parts is an empty line between paragraphs. `optional` marks a line
 * the filled letter drops when its field is empty (kept in the blank template, and marked in it,
 * so the browser can read the template back from the page).
 */
export interface Line {
  parts: Part[];
  optional: boolean;
}

export type Values = Partial<Record<FieldKey, string>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * How a field is typed (a date, long text…), undefined for a name that is no field. The server
 * and the tests read it from the field table (specKind in templates.ts); the browser from the
 * form's own controls, so that the table does not ship.
 */
export type KindOf = (field: string) => FieldKind | undefined;

/**
 * What a value looks like in the letter: trimmed; a date as the language writes it
 * ("2026 年 11 月 28 日", "28 November 2026"); long text keeps the reader's line breaks, with at
 * most one empty line in a row. Empty means the field is still to fill in.
 */
export function shownValue(kind: FieldKind, value: string | undefined, locale: string): string {
  const text = (value ?? '').replace(/\r\n?/g, '\n').trim();
  if (text === '') return '';
  if (kind === 'date') return isIsoDate(text) ? formatDate(locale, text) : text;
  if (kind === 'long') {
    return text
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n');
  }
  return text.replace(/\s+/g, ' ');
}

function parseLine(
  line: string,
  kindOf: KindOf,
): { optional: boolean; parts: Array<{ text: string } | { field: FieldKey; kind: FieldKind }> } {
  const optional = line.endsWith(OPTIONAL_MARK);
  const body = optional ? line.slice(0, -OPTIONAL_MARK.length) : line;
  const parts: Array<{ text: string } | { field: FieldKey; kind: FieldKind }> = [];
  let last = 0;
  for (const match of body.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    const kind = kindOf(name);
    if (!kind) throw new Error(`Unknown field {${name}} in a letter template`);
    if (match.index > last) parts.push({ text: body.slice(last, match.index) });
    parts.push({ field: name as FieldKey, kind });
    last = match.index + match[0].length;
  }
  if (last < body.length) parts.push({ text: body.slice(last) });
  return { optional, parts };
}

/**
 * Fills `template` with `values`, dates written in `locale`. With `values` undefined it is the
 * blank template: every field a labelled blank, optional lines kept. With values, an optional
 * line with any field empty is dropped, and an empty required field shows as a blank.
 */
export function fillTemplate(template: string, locale: string, kindOf: KindOf, values?: Values): Line[] {
  const lines: Line[] = [];
  for (const raw of template.split('\n')) {
    const { optional, parts } = parseLine(raw, kindOf);
    const shown = parts.map((part) => ('field' in part ? shownValue(part.kind, values?.[part.field], locale) : ''));
    if (values && optional && parts.some((part, i) => 'field' in part && shown[i] === '')) continue;
    lines.push({
      optional,
      parts: parts.map((part, i): Part => {
        if ('text' in part) return { kind: 'text', text: part.text };
        const text = shown[i] ?? '';
        return text
          ? { kind: 'value', field: part.field, text }
          : { kind: 'blank', field: part.field, long: part.kind === 'long' };
      }),
    });
  }
  // Dropped lines may leave two empty lines together, or one at either end.
  const empty = (line: Line | undefined) => line?.parts.length === 0;
  const tidy = lines.filter((line, i) => !empty(line) || (i > 0 && !empty(lines[i - 1])));
  while (empty(tidy[0])) tidy.shift();
  while (empty(tidy.at(-1))) tidy.pop();
  return tidy;
}

/** The letter's paragraphs: the lines between empty lines. */
export function paragraphs(lines: readonly Line[]): Line[][] {
  const out: Line[][] = [[]];
  for (const line of lines) {
    if (line.parts.length === 0) out.push([]);
    else out.at(-1)?.push(line);
  }
  return out.filter((paragraph) => paragraph.length > 0);
}

/** The fields a filled letter still has blank, each once, in the order they appear. */
export function blankFields(lines: readonly Line[]): FieldKey[] {
  const fields = lines.flatMap((line) => line.parts.flatMap((part) => (part.kind === 'blank' ? [part.field] : [])));
  return [...new Set(fields)];
}

/**
 * The template a blank sheet on the page was rendered from (LetterLines.astro), read back from
 * its DOM, with the labels of its blanks: the browser gets the templates from the page itself,
 * so they are not sent twice. The inverse of rendering fillTemplate(template) with no values.
 */
export function readSheet(sheet: Element): { template: string; labels: Partial<Record<FieldKey, string>> } {
  const labels: Partial<Record<FieldKey, string>> = {};
  const walk = (node: Node): string => {
    let out = '';
    for (const child of node.childNodes) {
      if (child.nodeType === 3) out += child.textContent;
      else if (child.nodeName === 'BR') out += '\n';
      else if (child instanceof HTMLElement && child.dataset.blank) {
        const field = child.dataset.blank as FieldKey;
        labels[field] = child.textContent?.replace(/[〔〕]/g, '') ?? field;
        out += `{${field}}`;
      } else if (child instanceof HTMLElement)
        out += walk(child) + (child.hasAttribute('data-optional') ? OPTIONAL_MARK : '');
    }
    return out;
  };
  return { template: [...sheet.children].map(walk).join('\n\n'), labels };
}

/** The letter as plain text, to copy into WeChat or a text message: a blank shows as 〔label〕. */
export function letterText(lines: readonly Line[], label: (field: FieldKey) => string): string {
  return lines
    .map((line) => line.parts.map((part) => (part.kind === 'blank' ? `〔${label(part.field)}〕` : part.text)).join(''))
    .join('\n');
}
