import { formatDate } from '../../lib/text';
import { isIsoDate } from '../calendar/dates';
import { FIELDS, type FieldKey, OPTIONAL_MARK } from './templates';

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

/** One line of the letter; an empty array is an empty line between paragraphs. */
export type Line = Part[];

export type Values = Partial<Record<FieldKey, string>>;

const PLACEHOLDER = /\{(\w+)\}/g;

function isFieldKey(name: string): name is FieldKey {
  return Object.hasOwn(FIELDS, name);
}

/**
 * What a value looks like in the letter: trimmed; a date as the language writes it
 * ("2026 年 11 月 28 日", "28 November 2026"); long text keeps the reader's line breaks, with at
 * most one empty line in a row. Empty means the field is still to fill in.
 */
export function shownValue(field: FieldKey, value: string | undefined, locale: string): string {
  const text = (value ?? '').replace(/\r\n?/g, '\n').trim();
  if (text === '') return '';
  const { kind } = FIELDS[field];
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

function parseLine(line: string): { optional: boolean; parts: Array<{ text: string } | { field: FieldKey }> } {
  const optional = line.endsWith(OPTIONAL_MARK);
  const body = optional ? line.slice(0, -OPTIONAL_MARK.length) : line;
  const parts: Array<{ text: string } | { field: FieldKey }> = [];
  let last = 0;
  for (const match of body.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    if (!isFieldKey(name)) throw new Error(`Unknown field {${name}} in a letter template`);
    if (match.index > last) parts.push({ text: body.slice(last, match.index) });
    parts.push({ field: name });
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
export function fillTemplate(template: string, locale: string, values?: Values): Line[] {
  const lines: Line[] = [];
  for (const raw of template.split('\n')) {
    const { optional, parts } = parseLine(raw);
    const shown = parts.map((part) => ('field' in part ? shownValue(part.field, values?.[part.field], locale) : ''));
    if (values && optional && parts.some((part, i) => 'field' in part && shown[i] === '')) continue;
    lines.push(
      parts.map((part, i): Part => {
        if ('text' in part) return { kind: 'text', text: part.text };
        const text = shown[i] ?? '';
        return text
          ? { kind: 'value', field: part.field, text }
          : { kind: 'blank', field: part.field, long: FIELDS[part.field].kind === 'long' };
      }),
    );
  }
  // Dropped lines may leave two empty lines together, or one at either end.
  const tidy = lines.filter((line, i) => line.length > 0 || (lines[i - 1]?.length ?? 0) > 0);
  while (tidy.length > 0 && tidy[0]?.length === 0) tidy.shift();
  while (tidy.length > 0 && tidy.at(-1)?.length === 0) tidy.pop();
  return tidy;
}

/** The letter's paragraphs: the lines between empty lines. */
export function paragraphs(lines: readonly Line[]): Line[][] {
  const out: Line[][] = [[]];
  for (const line of lines) {
    if (line.length === 0) out.push([]);
    else out.at(-1)?.push(line);
  }
  return out.filter((paragraph) => paragraph.length > 0);
}

/** The fields a filled letter still has blank, each once, in the order they appear. */
export function blankFields(lines: readonly Line[]): FieldKey[] {
  const fields = lines.flat().flatMap((part) => (part.kind === 'blank' ? [part.field] : []));
  return [...new Set(fields)];
}

/** The letter as plain text, to copy into WeChat or a text message: a blank shows as 〔label〕. */
export function letterText(lines: readonly Line[], label: (field: FieldKey) => string): string {
  return lines
    .map((line) => line.map((part) => (part.kind === 'blank' ? `〔${label(part.field)}〕` : part.text)).join(''))
    .join('\n');
}
