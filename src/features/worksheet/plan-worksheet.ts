import { readLang, readStrings } from '../../lib/element-data';
import { format, formatDate } from '../../lib/text';
import { revealScripted } from '../forms/reveal';
import { autosize, LISTS, PlanForm } from './form';
import { emptyPlan, type Plan, type PlanList } from './plan';
import { clearPlan, loadPlan, savePlan } from './storage';
import type { WorksheetStrings } from './strings';
import { totalLines } from './totals';

/**
 * `<plan-worksheet>`: restores the saved plan, saves as the reader types (in this browser only),
 * keeps the running total, adds and removes rows, prints, exports and imports. Nothing is ever
 * sent: there is no fetch here, and export and import go through a local file.
 */
export class PlanWorksheet extends HTMLElement {
  #strings!: WorksheetStrings;
  #form!: PlanForm;

  connectedCallback(): void {
    if (this.#form) return;
    this.#strings = readStrings<WorksheetStrings>(this);
    const w = this.#strings.worksheet;
    this.#form = new PlanForm(this, w, this.#strings.errors);

    this.addEventListener('input', (event) => this.#onInput(event));
    this.addEventListener('change', (event) => this.#onChange(event));
    this.addEventListener('click', (event) => this.#onClick(event));
    this.#bindClear();
    this.#bindFiles();
    window.addEventListener('beforeprint', () => {
      this.#stampPrintDate();
      for (const el of this.querySelectorAll('textarea')) autosize(el);
    });

    const stored = loadPlan(localStorage);
    if (stored) this.#form.write(stored);
    else {
      for (const name of LISTS) this.#form.renumber(name);
      for (const el of this.querySelectorAll('textarea')) autosize(el);
    }
    this.#showTotal();
    this.#stampPrintDate();
    revealScripted(this);
    for (const el of this.querySelectorAll<HTMLElement>('[data-add]')) el.hidden = false;
  }

  #el<T extends Element = HTMLElement>(selector: string): T | null {
    return this.querySelector<T>(selector);
  }

  #say(message: string): void {
    const status = this.#el('[data-status]');
    if (status) status.textContent = message;
  }

  #lines(plan: Plan): string[] {
    return totalLines(plan, this.#strings.worksheet, this.#strings.locale).lines;
  }

  #join(lines: string[]): string {
    return lines.join(this.#strings.worksheet.listSeparator);
  }

  #showTotal(): void {
    const target = this.#el('[data-total-text]');
    if (!target) return;
    const { lines, state } = totalLines(this.#form.read(), this.#strings.worksheet, this.#strings.locale);
    target.replaceChildren(
      ...lines.map((line, i) => {
        const span = document.createElement('span');
        span.className = i === 2 ? 'plan__difference' : '';
        span.textContent = line;
        return span;
      }),
    );
    target.dataset.state = state;
  }

  #save(): void {
    const saved = this.#el('[data-saved]');
    const ok = savePlan(localStorage, this.#form.read());
    if (saved) saved.textContent = ok ? this.#strings.worksheet.saved : this.#strings.worksheet.storageFailed;
  }

  #stampPrintDate(): void {
    const printed = this.#el('[data-printed]');
    const date = formatDate(this.#strings.locale, new Date());
    if (printed) printed.textContent = format(this.#strings.worksheet.printedOn, { date });
  }

  #onInput(event: Event): void {
    const target = event.target as HTMLElement;
    if (target instanceof HTMLTextAreaElement) autosize(target);
    if (target.hasAttribute('data-money')) this.#form.checkMoney(target as HTMLInputElement, false);
    this.#showTotal();
    this.#save();
  }

  #onChange(event: Event): void {
    const target = event.target as HTMLElement;
    if (!target.hasAttribute('data-money')) return;
    this.#form.checkMoney(target as HTMLInputElement, true);
    // Announced once the reader leaves an amount, not at every keystroke.
    const announcer = this.#el('[data-announce]');
    if (announcer) announcer.textContent = this.#join(this.#lines(this.#form.read()));
  }

  #onClick(event: Event): void {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
    if (!button) return;
    const add = button.dataset.add as PlanList | undefined;
    if (add && LISTS.includes(add)) {
      const row = this.#form.addRow(add);
      this.#form.renumber(add);
      this.#form.field(row, add === 'risks' ? 'risk' : 'date')?.focus();
      this.#save();
      return;
    }
    if (button.hasAttribute('data-remove')) {
      const row = button.closest<HTMLElement>('[data-row]');
      if (!row) return;
      const next = row.nextElementSibling ?? row.previousElementSibling;
      const name = this.#form.removeRow(row);
      if (!name) return;
      // Focus goes to the neighbouring row's first field, or the "add" button.
      const focusTarget =
        (next?.isConnected ? next.querySelector<HTMLElement>('[data-field]') : null) ??
        this.#el(`[data-add="${name}"]`);
      focusTarget?.focus();
      this.#showTotal();
      this.#save();
    }
  }

  #bindClear(): void {
    const confirm = this.#el('[data-confirm]');
    const clearButton = this.#el<HTMLButtonElement>('[data-clear]');
    const close = (focus: HTMLElement | null) => {
      if (confirm) confirm.hidden = true;
      focus?.focus();
    };
    clearButton?.addEventListener('click', () => {
      if (!confirm) return;
      confirm.hidden = false;
      this.#el<HTMLButtonElement>('[data-clear-no]')?.focus();
    });
    this.#el('[data-clear-no]')?.addEventListener('click', () => close(clearButton));
    confirm?.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') close(clearButton);
    });
    this.#el('[data-clear-yes]')?.addEventListener('click', () => {
      clearPlan(localStorage);
      this.#form.write(emptyPlan());
      this.#showTotal();
      close(this.#form.field(this, 'owed'));
      this.#say(this.#strings.worksheet.cleared);
    });
  }

  #bindFiles(): void {
    const w = this.#strings.worksheet;
    const lang = readLang(this);
    this.#el('[data-print]')?.addEventListener('click', () => {
      this.#stampPrintDate();
      window.print();
    });
    this.#el('[data-export]')?.addEventListener('click', async () => {
      const plan = this.#form.read();
      const { planMarkdown } = await import('./plan-file');
      const exportedOn = formatDate(this.#strings.locale, new Date());
      const markdown = planMarkdown(plan, lang, exportedOn, [this.#join(this.#lines(plan))]);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }));
      link.download = `${w.fileName}-${today()}.md`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    });
    const fileInput = this.#el<HTMLInputElement>('[data-import-file]');
    this.#el('[data-import]')?.addEventListener('click', () => fileInput?.click());
    fileInput?.addEventListener('change', async () => {
      const file = fileInput.files?.[0];
      fileInput.value = '';
      if (!file) return;
      const { readPlanFile } = await import('./plan-file');
      const plan = readPlanFile(await file.text());
      if (!plan) {
        this.#say(w.importFailed);
        return;
      }
      this.#form.write(plan);
      this.#showTotal();
      this.#save();
      this.#say(w.importDone);
    });
  }
}

/** Today in the reader's time zone, as YYYY-MM-DD (file names and the export's date). */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
