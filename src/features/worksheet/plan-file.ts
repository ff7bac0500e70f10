import type { Dictionary } from '../../i18n/dictionary';
import type { Lang } from '../../lib/languages';
import { format, plural } from '../../lib/text';
import { icsCalendar } from '../calendar/ics';
import { planEvents } from '../calendar/plan-events';
import { type FileNote, type FileReading, type FileRefusal, planToMarkdown, readPlanMarkdown } from './file-format';
import { planFileLabels, READABLE_PLAN_LABELS } from './file-labels';
import { compactPlan, type Place, type Plan, type PlanList } from './plan';
import { fileText, type WorksheetFileText, type WorksheetScriptText } from './strings';

/**
 * Export and import of the worksheet, loaded only when the reader asks for one of them: the file
 * format, its labels in every language, and the words of the import (FILE_KEYS), which come with
 * this code from the reader's language's dictionary rather than with every visit to the page.
 * Names of sections and fields are read from the page itself, so they are the ones the reader sees.
 */

/** The interface dictionaries, each its own chunk: only the reader's language is fetched. */
const DICTIONARIES = import.meta.glob<Record<string, Dictionary>>([
  '../../i18n/*.ts',
  '!../../i18n/*.test.ts',
  '!../../i18n/index.ts',
  '!../../i18n/dictionary.ts',
]);

/** The import's words in `lang` (each dictionary exports itself under its language's code). */
export async function loadFileText(lang: Lang): Promise<WorksheetFileText> {
  const dictionary = (await DICTIONARIES[`../../i18n/${lang}.ts`]?.())?.[lang];
  if (!dictionary) throw new Error(`No dictionary for ${lang}`);
  return fileText(dictionary);
}
/**
 * The plan's dates as a calendar file (the due date, each planned sum), made on the device, and
 * what to tell the reader; undefined when the plan has no date yet.
 */
export async function planCalendar(
  plan: Plan,
  lang: Lang,
  locale: string,
  today: string,
): Promise<{ ics: string; name: string; message: string } | { message: string }> {
  const dictionary = (await DICTIONARIES[`../../i18n/${lang}.ts`]?.())?.[lang];
  if (!dictionary) throw new Error(`No dictionary for ${lang}`);
  const text = dictionary.calendar;
  const events = planEvents(plan, text);
  if (events.length === 0) return { message: text.planNone };
  const name = `${text.planFileName}-${today}.ics`;
  const message = plural(locale, text.planDone, events.length, { file: name, n: events.length });
  return { ics: icsCalendar(events, new Date()), name, message };
}

export function planMarkdown(plan: Plan, lang: Lang, exportedOn: string, extra: string[]): string {
  return planToMarkdown(plan, planFileLabels[lang], exportedOn, extra);
}

export function readPlanFile(text: string): FileReading {
  return readPlanMarkdown(text, READABLE_PLAN_LABELS);
}

const LEGEND = { sums: 'sumLegend', risks: 'riskLegend', contacts: 'contactLegend' } as const;

/**
 * "A, B and C" in the reader's language. Where the language's own word for "and" (和) meets a
 * number, the site's Chinese typography puts a space between them, as in the dictionaries.
 */
export function listOf(locale: string, items: string[]): string {
  const parts = new Intl.ListFormat(locale).formatToParts(items);
  return parts
    .map((part, i) => {
      if (part.type !== 'literal') return part.value;
      const before = parts[i - 1]?.value ?? '';
      const after = parts[i + 1]?.value ?? '';
      const han = /\p{Script=Han}/u;
      const latin = /[A-Za-z0-9]/;
      const lead = latin.test(before.slice(-1)) && han.test(part.value.slice(0, 1)) ? ' ' : '';
      const trail = han.test(part.value.slice(-1)) && latin.test(after.slice(0, 1)) ? ' ' : '';
      return `${lead}${part.value}${trail}`;
    })
    .join('');
}

/** How the page names a section, a field and a place, in the reader's language. */
export class PageNames {
  readonly #root: HTMLElement;
  readonly #s: WorksheetScriptText;

  constructor(root: HTMLElement, strings: WorksheetScriptText) {
    this.#root = root;
    this.#s = strings;
  }

  section(section: string): string {
    return this.#root.querySelector(`[data-section="${section}"]`)?.textContent?.trim() ?? section;
  }

  field(place: Place): string {
    const scope = 'list' in place ? this.#root.querySelector(`[data-list="${place.list}"]`) : this.#root;
    const control = scope?.querySelector<HTMLInputElement>(`[data-field="${place.field}"]`);
    return control?.labels?.[0]?.textContent?.trim() ?? place.field;
  }

  /** A row ("Sum 2"), or the part of the plan a field is in ("Reserve fund"). */
  where(place: Place): string {
    if ('list' in place) return format(this.#s[LEGEND[place.list]], { n: place.index + 1 });
    return this.section(place.field === 'owed' || place.field === 'dueDate' ? 'owed' : 'reserve');
  }
}

/** Why a file was refused, in a sentence that ends "Your plan is unchanged". */
export function refusalMessage(
  refusal: FileRefusal,
  s: WorksheetFileText,
  names: PageNames,
  number: (n: number) => string,
  locale: string,
): string {
  switch (refusal.reason) {
    case 'notPlan':
      return s.importFailed;
    case 'noContent':
      return s.importNoContent;
    case 'empty':
      return s.importEmpty;
    case 'duplicate':
      return format(s.importDuplicate, { label: refusal.label });
    case 'missing':
      return format(s.importMissing, {
        sections: listOf(
          locale,
          refusal.sections.map((section) => `“${names.section(section)}”`),
        ),
      });
    case 'cutOff':
      return format(s.importCutOff, { section: names.section(refusal.section) });
    case 'overLimit': {
      const over = refusal.over;
      if (over.kind === 'rows')
        return format(s.importTooManyRows, {
          section: names.section(over.list),
          n: number(over.count),
          max: number(over.max),
        });
      return format(s.importTooLong, {
        where: names.where(over.place),
        field: names.field(over.place),
        n: number(over.length),
        max: number(over.max),
      });
    }
  }
}

/** The check step's text: what the file holds, what it replaces, what needs checking. */
export function reviewText(
  reading: Extract<FileReading, { ok: true }>,
  current: Plan,
  fileName: string,
  s: WorksheetFileText,
  names: PageNames,
  message: (field: string, value: string) => string | undefined,
  locale: string,
): { file: string; current: string; notes: string[] } {
  const list = (items: string[]) => listOf(locale, items);
  const contents = (plan: Plan) => {
    const counted = (name: PlanList, forms: WorksheetFileText['countSums']) =>
      plural(locale, forms, plan[name].length, { n: plan[name].length });
    const parts = [counted('sums', s.countSums), counted('risks', s.countRisks), counted('contacts', s.countContacts)];
    if (plan.owed.trim() !== '') parts.unshift(format(s.countOwed, { value: plan.owed }));
    return list(parts);
  };
  const now = compactPlan(current);
  const isEmpty =
    now.owed + now.dueDate + now.reserveAmount + now.reserveDetails === '' &&
    now.sums.length + now.risks.length + now.contacts.length === 0;
  const noteText = (note: FileNote): string => {
    switch (note.kind) {
      case 'skipped': {
        const first = note.lines[0] ?? '';
        const line = first.length > 60 ? `${first.slice(0, 60)}…` : first;
        return plural(locale, s.noteSkipped, note.lines.length, { n: note.lines.length, line });
      }
      case 'column':
        return plural(locale, s.noteColumn, note.values, {
          n: note.values,
          section: names.section(note.section),
          column: note.column,
        });
      case 'value':
        return format(s.noteValue, {
          where: names.where(note.place),
          field: names.field(note.place),
          value: note.value,
          message: message(note.place.field, note.value) ?? '',
        });
    }
  };
  // The count says how many; the list shows the first ones (a file can have hundreds).
  const notes = reading.notes.slice(0, 20).map(noteText);
  if (reading.notes.length > notes.length) notes.push('…');
  return {
    file: format(s.reviewFile, { name: fileName, contents: contents(reading.plan) }),
    current: isEmpty ? s.reviewCurrentEmpty : format(s.reviewCurrent, { contents: contents(now) }),
    notes:
      notes.length > 0
        ? [plural(locale, s.reviewNotes, reading.notes.length, { n: reading.notes.length }), ...notes]
        : [],
  };
}

/**
 * The import's check step and its undo button, made when first needed, in the actions after
 * the buttons: a heading, what the file holds and what it replaces, what to check, two buttons.
 */
export function importControls(root: HTMLElement, s: WorksheetFileText): void {
  const status = root.querySelector('[data-status]');
  if (!status || root.querySelector('[data-review]')) return;
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, text = '') => {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    el.textContent = text;
    return el;
  };
  const button = (kind: string, data: string, text: string) =>
    make('button', { class: `tool-button ${kind}`, type: 'button', [data]: '' }, text);
  const panel = make('section', {
    class: 'plan__review',
    'data-review': '',
    tabindex: '-1',
    'aria-labelledby': 'plan-review-title',
  });
  const buttons = make('div', { class: 'tool-buttons' });
  buttons.append(button('tool-button--primary', 'data-replace', s.replace), button('', 'data-keep', s.keep));
  panel.append(
    make('h3', { id: 'plan-review-title' }, s.reviewTitle),
    make('p', { 'data-review-file': '' }),
    make('p', { 'data-review-current': '' }),
    make('div', { 'data-review-notes': '' }),
    buttons,
  );
  panel.hidden = true;
  const undo = button('plan__undo', 'data-undo', s.undo);
  undo.hidden = true;
  status.before(panel);
  status.after(undo);
}
