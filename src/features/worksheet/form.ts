import { parseAmount } from '../../lib/money';
import { format, plural } from '../../lib/text';
import { describeField, setFieldError } from '../forms/field-error';
import {
  blankRow,
  contactOrder,
  FIELD_KIND,
  isDate,
  isTime,
  LIMITS,
  LIST_FIELDS,
  LISTS,
  maxLength,
  type Plan,
  type PlanList,
  SINGLE_FIELDS,
  valueProblem,
} from './plan';
import type { AmountErrorText, WorksheetScriptText } from './strings';

export type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** A text box's counter appears from this share of its limit (GOV.UK's character count does the same). */
const COUNT_FROM = 0.8;

/**
 * A long list shows this many rows at once; the others are built in the background, a slice of
 * SLICE_MS at a time, in place of placeholders that keep their room and their values, so the page
 * appears at once and answers the reader while a plan of hundreds of rows is built.
 */
const AT_ONCE = 15;
const SLICE_MS = 12;

const LEGEND = { sums: 'sumLegend', risks: 'riskLegend', contacts: 'contactLegend' } as const;
const REMOVE = { sums: 'removeSum', risks: 'removeRisk', contacts: 'removeContact' } as const;

/** Chromium sizes a textarea to its text in CSS; elsewhere the script does. */
const sizesItself = () => typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content');

/**
 * The worksheet's form as a plan: reads what the reader typed into a Plan and writes a Plan back
 * into the fields in place (rows are added or removed at the end, a field is only touched when
 * its text differs, so focus and the caret stay where the reader left them). It also shows what a
 * field's value needs (a message beside an amount, date, time or choice that is not valid), the
 * counter of a text box near its limit, and the Add button's state at a list's limit.
 *
 * The server renders each list with blank rows; the first is kept, emptied, as the pattern for
 * new ones. Rows beyond the first AT_ONCE of a list written at once start as placeholders
 * (`data-later`) that hold their values until they are built; reading the form reads those too.
 */
export class PlanForm {
  readonly #root: HTMLElement;
  readonly #strings: WorksheetScriptText;
  readonly #errors: AmountErrorText;
  readonly #locale: string;
  readonly #blanks = new Map<PlanList, HTMLElement>();
  readonly #later = new WeakMap<Element, Record<string, string>>();
  #showLater = true;
  #building: ReturnType<typeof setTimeout> | undefined;
  /** Called once every placeholder is built. */
  onBuilt: (() => void) | undefined;

  constructor(root: HTMLElement, strings: WorksheetScriptText, errors: AmountErrorText, locale: string) {
    this.#root = root;
    this.#strings = strings;
    this.#errors = errors;
    this.#locale = locale;
    for (const name of LISTS) {
      const blank = this.#list(name).querySelector('[data-row]')?.cloneNode(true) as HTMLElement | undefined;
      if (!blank) throw new Error(`The worksheet has no row to copy in ${name}`);
      // A clone carries what the reader may already have typed into the row.
      for (const control of blank.querySelectorAll<Control>('[data-field]')) control.value = '';
      this.#blanks.set(name, blank);
    }
  }

  #list(name: PlanList): HTMLOListElement {
    const list = this.#root.querySelector<HTMLOListElement>(`[data-list="${name}"]`);
    if (!list) throw new Error(`The worksheet has no list ${name}`);
    return list;
  }

  field(scope: ParentNode, name: string): Control | null {
    return scope.querySelector<Control>(`[data-field="${name}"]`);
  }

  rows(name: PlanList): HTMLElement[] {
    return [...this.#list(name).querySelectorAll<HTMLElement>(':scope > [data-row]')];
  }

  legend(name: PlanList, n: number): string {
    return format(this.#strings[LEGEND[name]], { n });
  }

  #numbers: Intl.NumberFormat | undefined;

  number(n: number): string {
    this.#numbers ??= new Intl.NumberFormat(this.#locale);
    return this.#numbers.format(n);
  }

  /** A row's controls by field name, found in one pass. */
  #controls(scope: ParentNode): Map<string, Control> {
    const found = new Map<string, Control>();
    for (const el of scope.querySelectorAll<Control>('[data-field]')) found.set(el.dataset.field ?? '', el);
    return found;
  }

  /** Ids, labels and names follow each row's position, so they stay unique and read "Sum 2". */
  renumber(name: PlanList): void {
    this.rows(name).forEach((row, i) => {
      this.#numberRow(row, name, i + 1);
    });
    this.showRowLimit(name);
  }

  #numberRow(row: HTMLElement, name: PlanList, n: number): void {
    if (this.#later.has(row)) return;
    const prefix = `${name}-${n}-`;
    const legendEl = row.querySelector('[data-legend]');
    const legend = this.legend(name, n);
    if (legendEl && legendEl.textContent !== legend) legendEl.textContent = legend;
    const remove = row.querySelector<HTMLButtonElement>('[data-remove]');
    if (remove) {
      remove.textContent = format(this.#strings[REMOVE[name]], { n });
      remove.hidden = false;
    }
    if (row.dataset.n === String(n)) return;
    row.dataset.n = String(n);
    for (const el of row.querySelectorAll<HTMLElement>('[data-field]')) el.id = `${prefix}${el.dataset.field}`;
    for (const label of row.querySelectorAll<HTMLLabelElement>('[data-for]'))
      label.htmlFor = `${prefix}${label.dataset.for}`;
    for (const el of row.querySelectorAll<HTMLElement>('[data-error]')) el.id = `${prefix}${el.dataset.error}-error`;
    for (const el of row.querySelectorAll<HTMLElement>('[data-count]')) el.id = `${prefix}${el.dataset.count}-count`;
    for (const el of row.querySelectorAll<Control>('[data-field]')) {
      if (el.hasAttribute('aria-describedby')) describeField(el);
    }
  }

  addRow(name: PlanList): HTMLElement {
    const row = this.#blanks.get(name)?.cloneNode(true) as HTMLElement;
    this.#list(name).append(row);
    return row;
  }

  /** Removes a row (a list keeps one blank row) and returns the list it was in. */
  removeRow(row: HTMLElement): PlanList | undefined {
    const name = row.parentElement?.dataset.list as PlanList | undefined;
    if (!name || !LISTS.includes(name)) return undefined;
    row.remove();
    if (this.rows(name).length === 0) this.addRow(name);
    this.renumber(name);
    return name;
  }

  isFull(name: PlanList): boolean {
    return this.rows(name).length >= LIMITS.rows;
  }

  /** At a list's limit its Add button is off, and says why beside it. */
  showRowLimit(name: PlanList): void {
    const add = this.#root.querySelector<HTMLButtonElement>(`[data-add="${name}"]`);
    if (!add) return;
    const full = this.isFull(name);
    let note = this.#root.querySelector<HTMLElement>(`[data-limit="${name}"]`);
    if (!full && !note) return;
    if (!note) {
      note = document.createElement('p');
      note.className = 'field__hint plan__limit';
      note.id = `${name}-limit`;
      note.dataset.limit = name;
      add.after(note);
    }
    note.textContent = format(this.#strings.rowLimit, { max: this.number(LIMITS.rows) });
    note.hidden = !full;
    add.disabled = full;
    if (full) add.setAttribute('aria-describedby', note.id);
    else add.removeAttribute('aria-describedby');
  }

  read(): Plan {
    const plan: Record<string, unknown> = {};
    for (const field of SINGLE_FIELDS) plan[field] = this.field(this.#root, field)?.value ?? '';
    for (const list of LISTS) {
      plan[list] = this.rows(list).map((row) => {
        const later = this.#later.get(row);
        if (later) return { ...later };
        const controls = this.#controls(row);
        return Object.fromEntries(LIST_FIELDS[list].map((field) => [field, controls.get(field)?.value ?? '']));
      });
    }
    return plan as unknown as Plan;
  }

  /**
   * Shows `plan` in the form. `keep` is a control whose text stays as it is (the one the reader is
   * composing text in with an input method). Every value gets its message, shown at once when
   * `show` (an import, a plan loaded or synced): a kept value that is not valid is never hidden.
   */
  write(plan: Plan, { keep, show = true }: { keep?: Element | null; show?: boolean } = {}): void {
    for (const field of SINGLE_FIELDS) {
      const el = this.field(this.#root, field);
      if (el && el !== keep) this.#set(el, plan[field]);
    }
    for (const list of LISTS) {
      const items: readonly object[] = plan[list].length > 0 ? plan[list] : [blankRow(list)];
      let rows = this.rows(list);
      if (rows.length < items.length) {
        const more = document.createDocumentFragment();
        const blank = this.#blanks.get(list) as HTMLElement;
        for (let i = rows.length; i < items.length; i++) {
          if (i < AT_ONCE) more.append(blank.cloneNode(true));
          else {
            const later = document.createElement('li');
            later.className = 'plan-row plan-row--later';
            later.dataset.row = '';
            later.dataset.later = '';
            this.#later.set(later, {});
            more.append(later);
          }
        }
        this.#list(list).append(more);
      }
      for (const row of rows.slice(items.length)) row.remove();
      rows = this.rows(list);
      rows.forEach((row, i) => {
        const item = items[i] as Record<string, string>;
        if (this.#later.has(row)) this.#later.set(row, { ...item });
        else this.#fill(row, item, keep);
      });
      this.renumber(list);
    }
    for (const el of this.#root.querySelectorAll<Control>('[data-field]')) this.#review(el, show);
    this.autosize();
    this.#showLater = show;
    this.#buildLater();
  }

  #fill(row: Element, item: Record<string, string>, keep?: Element | null): void {
    const controls = this.#controls(row);
    for (const [field, el] of controls) if (el !== keep) this.#set(el, item[field] ?? '');
  }

  /** A control's message and counter, after its value was set. */
  #review(el: Control, show: boolean): void {
    this.check(el, show);
    if (el instanceof HTMLTextAreaElement || el.type === 'text') this.count(el as HTMLInputElement);
  }

  /** Builds placeholders in slices; `all` builds every one now (before printing). */
  #buildLater(all = false): void {
    clearTimeout(this.#building);
    this.#building = undefined;
    const started = performance.now();
    for (const list of LISTS) {
      const rows = this.rows(list);
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i] as HTMLElement;
        const item = this.#later.get(row);
        if (!item) continue;
        if (!all && performance.now() - started > SLICE_MS) {
          this.#building = setTimeout(() => this.#buildLater(), 0);
          return;
        }
        const built = this.#blanks.get(list)?.cloneNode(true) as HTMLElement;
        built.classList.add('plan-row--built');
        this.#fill(built, item);
        row.replaceWith(built);
        this.#numberRow(built, list, i + 1);
        for (const el of this.#controls(built).values()) this.#review(el, this.#showLater);
        this.autosize(built);
      }
    }
    this.onBuilt?.();
  }

  /** Sets a control's text, whatever it is: a date that is not a date makes its box a text box. */
  #set(el: Control, value: string): void {
    const field = el.dataset.field ?? '';
    if (el instanceof HTMLSelectElement) {
      this.#choice(el, value);
      return;
    }
    const kind = FIELD_KIND[field];
    if (el instanceof HTMLInputElement && (kind === 'date' || kind === 'time')) this.#dateType(el, value);
    if (el.value !== value) el.value = value;
  }

  /** A date or time box is the browser's picker while its value is one, a text box otherwise. */
  #dateType(el: HTMLInputElement, value: string): void {
    const kind = FIELD_KIND[el.dataset.field ?? ''] as 'date' | 'time';
    const valid = value === '' || (kind === 'date' ? isDate(value) : isTime(value));
    const type = valid ? kind : 'text';
    if (el.type === type) return;
    el.type = type;
    if (type === 'text') el.maxLength = LIMITS.short;
    else el.removeAttribute('maxlength');
  }

  /** After the reader corrects a date typed as text, it is a date picker again. */
  settle(el: Control): void {
    const kind = FIELD_KIND[el.dataset.field ?? ''];
    if (el instanceof HTMLInputElement && (kind === 'date' || kind === 'time') && el.type === 'text') {
      const value = el.value;
      this.#dateType(el, value);
      el.value = value;
    }
    if (el instanceof HTMLSelectElement) {
      const raw = el.querySelector<HTMLOptionElement>('option[data-raw]');
      if (raw && !raw.selected) raw.remove();
    }
  }

  /** A choice the list does not offer (from a file) is kept as an extra option, with a message. */
  #choice(el: HTMLSelectElement, value: string): void {
    const raw = el.querySelector<HTMLOptionElement>('option[data-raw]');
    const offered = [...el.options].some((option) => option !== raw && option.value === value);
    if (offered) raw?.remove();
    else if (raw) raw.value = raw.textContent = value;
    else {
      const option = new Option(value, value);
      option.dataset.raw = '';
      el.append(option);
    }
    if (el.value !== value) el.value = value;
  }

  /** The message a control's value needs, if any. */
  message(field: string, value: string): string | undefined {
    const problem = valueProblem(field, value);
    if (problem === 'amount') {
      const parsed = parseAmount(value, { allowZero: field !== 'owed' });
      return parsed.ok ? undefined : (this.#errors[parsed.error] ?? this.#errors.notNumber);
    }
    if (problem === 'date') return this.#strings.invalidDate;
    if (problem === 'time') return this.#strings.invalidTime;
    if (problem === 'choice') return format(this.#strings.invalidChoice, { value });
    return undefined;
  }

  /**
   * A field's message: shown when `show` (on leaving the field, or for a value the reader did not
   * just type), kept up to date while it shows, cleared as soon as the value reads well.
   */
  check(el: Control, show: boolean): void {
    const message = this.message(el.dataset.field ?? '', el.value);
    if (message === undefined) {
      if (el.hasAttribute('aria-invalid')) setFieldError(el, undefined);
      return;
    }
    if (!show && el.getAttribute('aria-invalid') !== 'true') return;
    const wrapper = el.closest('.field');
    if (wrapper && !wrapper.querySelector('.field__error')) {
      const slot = document.createElement('p');
      slot.className = 'field__error';
      slot.dataset.error = el.dataset.field ?? '';
      slot.hidden = true;
      wrapper.append(slot);
    }
    setFieldError(el, message);
  }

  #counter(el: HTMLTextAreaElement | HTMLInputElement): HTMLElement {
    let counter = el.parentElement?.querySelector<HTMLElement>('.field__count');
    if (!counter) {
      counter = document.createElement('p');
      counter.className = 'field__count';
      counter.dataset.count = el.dataset.field ?? '';
      counter.id = `${el.id}-count`;
      counter.hidden = true;
      el.parentElement?.append(counter);
    }
    return counter;
  }

  #showCounter(el: HTMLTextAreaElement | HTMLInputElement, text: string | undefined, over = false): void {
    const counter =
      text === undefined ? el.parentElement?.querySelector<HTMLElement>('.field__count') : this.#counter(el);
    if (!counter) return;
    if (text !== undefined && counter.textContent !== text) counter.textContent = text;
    counter.classList.toggle('field__count--over', over);
    if (counter.hidden !== (text === undefined)) {
      counter.hidden = text === undefined;
      describeField(el);
    }
  }

  /**
   * A text box's counter: from 80% of its limit, what is left; at and over the limit (a stored
   * plan is read whole), says so. Returns what it shows.
   */
  count(el: HTMLTextAreaElement | HTMLInputElement): string | undefined {
    const max = maxLength(el.dataset.field ?? '');
    const length = el.value.length;
    const s = this.#strings;
    const text =
      length < max * COUNT_FROM
        ? undefined
        : length > max
          ? plural(this.#locale, s.charsOver, length - max, { n: this.number(length - max) })
          : length === max
            ? format(s.charsAtLimit, { max: this.number(max) })
            : plural(this.#locale, s.charsLeft, max - length, { n: this.number(max - length) });
    this.#showCounter(el, text, length >= max);
    return text;
  }

  /** A message in the counter's place, beside the box, until the next change (a refused paste). */
  note(el: HTMLTextAreaElement | HTMLInputElement, text: string): void {
    this.#showCounter(el, text, true);
  }

  /** Where the browser cannot size a text box to its text, the script does, all boxes at once. */
  autosize(scope: ParentNode | HTMLTextAreaElement = this.#root): void {
    if (sizesItself()) return;
    const boxes = scope instanceof HTMLTextAreaElement ? [scope] : [...scope.querySelectorAll('textarea')];
    for (const el of boxes) el.style.height = 'auto';
    const heights = boxes.map((el) => el.scrollHeight);
    boxes.forEach((el, i) => {
      el.style.height = `${(heights[i] ?? 0) + 4}px`;
    });
  }

  /**
   * Before printing: a plain copy of each text box's text (a box prints at its screen size and
   * clips), and the contact log in time order (the form keeps the order of entry).
   */
  preparePrint(): void {
    this.#buildLater(true);
    for (const el of this.#root.querySelectorAll('textarea')) {
      let copy = el.nextElementSibling;
      if (!copy?.classList.contains('field__print')) {
        copy = document.createElement('div');
        copy.className = 'field__print';
        copy.setAttribute('aria-hidden', 'true');
        el.after(copy);
      }
      copy.textContent = el.value;
    }
    const rows = this.rows('contacts');
    const contacts = this.read().contacts;
    contactOrder(contacts).forEach((index, rank) => {
      const row = rows[index];
      if (row) row.style.order = String(rank);
    });
  }
}
