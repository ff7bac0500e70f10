import type { Dictionary } from '../../i18n/dictionary';
import { parseAmount } from '../../lib/money';
import { format } from '../../lib/text';
import { setFieldError } from '../forms/field-error';
import { isSource, type Plan, type PlanList } from './plan';
import type { WorksheetScriptText } from './strings';

export const LISTS: readonly PlanList[] = ['sums', 'risks', 'calls'];

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * The worksheet's form as a plan: reads what the reader typed into a Plan and writes a Plan back
 * into the fields, adding, removing and renumbering the repeated rows. The server renders each
 * list with blank rows; the first is kept as the pattern for new ones.
 */
export class PlanForm {
  readonly #root: HTMLElement;
  readonly #strings: WorksheetScriptText;
  readonly #errors: Dictionary['forms']['errors'];
  readonly #blanks = new Map<PlanList, Node>();

  constructor(root: HTMLElement, strings: WorksheetScriptText, errors: Dictionary['forms']['errors']) {
    this.#root = root;
    this.#strings = strings;
    this.#errors = errors;
    for (const name of LISTS) {
      const blank = this.#list(name).querySelector('[data-row]')?.cloneNode(true);
      if (!blank) throw new Error(`The worksheet has no row to copy in ${name}`);
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

  #value(scope: ParentNode, name: string): string {
    return this.field(scope, name)?.value ?? '';
  }

  rows(name: PlanList): HTMLElement[] {
    return [...this.#list(name).querySelectorAll<HTMLElement>(':scope > [data-row]')];
  }

  legend(name: PlanList, n: number): string {
    const templates = {
      sums: this.#strings.sumLegend,
      risks: this.#strings.riskLegend,
      calls: this.#strings.callLegend,
    };
    return format(templates[name], { n });
  }

  removeLabel(name: PlanList, n: number): string {
    const templates = {
      sums: this.#strings.removeSum,
      risks: this.#strings.removeRisk,
      calls: this.#strings.removeCall,
    };
    return format(templates[name], { n });
  }

  /** Ids, labels and names follow each row's position, so they stay unique and read "Sum 2". */
  renumber(name: PlanList): void {
    this.rows(name).forEach((row, i) => {
      const n = i + 1;
      const legendEl = row.querySelector('[data-legend]');
      if (legendEl) legendEl.textContent = this.legend(name, n);
      const remove = row.querySelector<HTMLButtonElement>('[data-remove]');
      if (remove) {
        remove.textContent = this.removeLabel(name, n);
        remove.hidden = false;
      }
      for (const field of row.querySelectorAll<HTMLElement>('[data-field]'))
        field.id = `${name}-${n}-${field.dataset.field}`;
      for (const label of row.querySelectorAll<HTMLLabelElement>('[data-for]'))
        label.htmlFor = `${name}-${n}-${label.dataset.for}`;
      for (const error of row.querySelectorAll<HTMLElement>('[data-error]'))
        error.id = `${name}-${n}-${error.dataset.error}-error`;
    });
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

  read(): Plan {
    const root = this.#root;
    return {
      owed: this.#value(root, 'owed'),
      dueDate: this.#value(root, 'dueDate'),
      sums: this.rows('sums').map((row) => {
        const source = this.#value(row, 'source');
        return {
          date: this.#value(row, 'date'),
          amount: this.#value(row, 'amount'),
          source: isSource(source) ? source : '',
          details: this.#value(row, 'details'),
        };
      }),
      risks: this.rows('risks').map((row) => ({
        risk: this.#value(row, 'risk'),
        response: this.#value(row, 'response'),
      })),
      reserveAmount: this.#value(root, 'reserveAmount'),
      reserveDetails: this.#value(root, 'reserveDetails'),
      calls: this.rows('calls').map((row) => ({ date: this.#value(row, 'date'), agreed: this.#value(row, 'agreed') })),
    };
  }

  write(plan: Plan): void {
    const set = (scope: ParentNode, name: string, text: string) => {
      const el = this.field(scope, name);
      if (el) el.value = text;
    };
    set(this.#root, 'owed', plan.owed);
    set(this.#root, 'dueDate', plan.dueDate);
    set(this.#root, 'reserveAmount', plan.reserveAmount);
    set(this.#root, 'reserveDetails', plan.reserveDetails);
    const fill = (name: PlanList, items: readonly object[]) => {
      this.#list(name).replaceChildren();
      // An empty list still offers one blank row to start typing in.
      for (const item of items.length > 0 ? items : [{}]) {
        const row = this.addRow(name);
        for (const [key, text] of Object.entries(item)) set(row, key, String(text));
      }
      this.renumber(name);
    };
    fill('sums', plan.sums);
    fill('risks', plan.risks);
    fill('calls', plan.calls);
    for (const el of this.#root.querySelectorAll<HTMLInputElement>('[data-money]')) this.checkMoney(el, false);
    for (const el of this.#root.querySelectorAll('textarea')) autosize(el);
  }

  /** A money field's message: shown on leaving the field, cleared as soon as it reads well. */
  checkMoney(input: HTMLInputElement, show: boolean): void {
    const text = input.value.trim();
    const parsed = parseAmount(text, { allowZero: input.dataset.field !== 'owed' });
    const bad = text !== '' && !parsed.ok ? this.#errors[parsed.error] : undefined;
    if (bad && (show || input.getAttribute('aria-invalid') === 'true')) setFieldError(input, bad);
    else if (!bad) setFieldError(input, undefined);
  }
}

/**
 * A textarea grows with its text; print shows a plain copy of the text instead, because a
 * textarea prints at its screen size and clips.
 */
export function autosize(el: HTMLTextAreaElement): void {
  el.style.height = 'auto';
  el.style.height = `${el.scrollHeight + 4}px`;
  let copy = el.nextElementSibling;
  if (!copy?.classList.contains('field__print')) {
    copy = document.createElement('div');
    copy.className = 'field__print';
    copy.setAttribute('aria-hidden', 'true');
    el.after(copy);
  }
  copy.textContent = el.value;
}
