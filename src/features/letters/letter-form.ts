import { readStrings } from '../../lib/element-data';
import { parseAmount } from '../../lib/money';
import { format } from '../../lib/text';
import { setFieldError } from '../forms/field-error';
import { revealScripted } from '../forms/reveal';
import { dueSentence, REMINDER_FIELDS, replyDue } from './deadlines';
import { blankFields, fillTemplate, type Line, letterText, type Values } from './fill';
import { renderLetter } from './letter-dom';
import { type FieldValues, letterValues, loadLetters, planOwed, type SaveResult, saveLetter } from './storage';
import type { LetterStrings } from './strings';
import type { FieldKey } from './templates';

type Control = HTMLInputElement | HTMLTextAreaElement;

/** Today in the reader's time zone, as YYYY-MM-DD: the letter's date until the reader sets one. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The last 4 characters of a Chinese ID number: digits, the last possibly X. */
export function isIdLast4(text: string): boolean {
  return /^\d{3}[\dX]$/i.test(text.normalize('NFKC').trim());
}

/**
 * `<letter-form>`: restores what the reader saved (the shared name, phone and ID digits, and
 * this letter's own fields), prefills the amount from the worksheet and the date with today
 * until the reader types their own, fills the letter in as they type and saves it in this
 * browser only. Copy, print and the reminder file are here too; the copy fallback and the
 * calendar file load only when needed. Nothing is ever sent: there is no fetch here.
 */
export class LetterForm extends HTMLElement {
  #strings!: LetterStrings;
  /** Fields whose value came from somewhere else (the worksheet, today's date): not saved until edited. */
  readonly #prefilled = new Set<string>();
  /** Fields the reader has typed in, or that were saved before: these are what is saved. */
  readonly #own = new Set<string>();
  #lastSave: SaveResult | undefined;

  connectedCallback(): void {
    if (this.#strings) return;
    this.#strings = readStrings<LetterStrings>(this);
    this.#restore();
    this.addEventListener('input', (event) => this.#onInput(event));
    this.addEventListener('change', (event) => this.#onChange(event));
    this.querySelector('[data-copy]')?.addEventListener('click', () => void this.#copy());
    this.querySelector('[data-print]')?.addEventListener('click', () => window.print());
    this.querySelector('[data-ics]')?.addEventListener('click', () => void this.#downloadReminder());
    for (const counter of this.querySelectorAll<HTMLElement>('[data-count]')) {
      const control = this.#control(counter.dataset.count ?? '');
      if (!control) continue;
      const describedBy = control.getAttribute('aria-describedby');
      control.setAttribute('aria-describedby', describedBy ? `${describedBy} ${counter.id}` : counter.id);
    }
    this.#update();
    revealScripted(this);
  }

  #controls(): Control[] {
    return [...this.querySelectorAll<Control>('[data-field]')];
  }

  #control(name: string): Control | null {
    return this.querySelector<Control>(`[data-field="${name}"]`);
  }

  #el(selector: string): HTMLElement | null {
    return this.querySelector<HTMLElement>(selector);
  }

  #restore(): void {
    const loaded = loadLetters(localStorage);
    const stored = letterValues(loaded.data, this.#strings.letter);
    for (const control of this.#controls()) {
      const name = control.dataset.field ?? '';
      const value = stored[name];
      if (value !== undefined) {
        control.value = value;
        this.#own.add(name);
      }
    }
    // The worksheet's amount owed, while the reader has not written one here.
    const amount = this.#control('loanAmount');
    if (amount && stored.loanAmount === undefined) {
      const owed = planOwed(localStorage);
      if (owed) {
        amount.value = owed;
        this.#prefilled.add('loanAmount');
        const note = this.#el('[data-from-plan]');
        if (note) note.hidden = false;
      }
    }
    const date = this.#control('date');
    if (date && !date.value) {
      date.value = today();
      this.#prefilled.add('date');
    }
    if (loaded.backupKey) this.#problem(format(this.#strings.text.unreadable, { key: loaded.backupKey }));
    else if (loaded.keepUnreadable || loaded.unavailable) this.#problem(this.#strings.text.storageFailed);
  }

  #values(): FieldValues {
    return Object.fromEntries(this.#controls().map((control) => [control.dataset.field ?? '', control.value]));
  }

  #lines(template: string, locale: string): Line[] {
    return fillTemplate(template, locale, this.#values() as Values);
  }

  #letterLines(): Line[] {
    return this.#lines(this.#strings.letterText.zh, 'zh-CN');
  }

  /** The letter, its rendering, the 12378 script, the counters and the reminder, from the fields. */
  #update(): void {
    const { letterText: letter, script, zhLabels, labels, locale } = this.#strings;
    const render = (selector: string, template: string | undefined, lang: string, names: typeof labels) => {
      const target = this.#el(selector);
      if (target && template) renderLetter(target, this.#lines(template, lang), names);
    };
    render('[data-letter-sheet]', letter.zh, 'zh-CN', zhLabels);
    render('[data-rendering-sheet]', letter.rendering, locale, labels);
    render('[data-script-sheet]', script?.zh, 'zh-CN', zhLabels);
    render('[data-script-rendering-sheet]', script?.rendering, locale, labels);
    for (const counter of this.querySelectorAll<HTMLElement>('[data-count]')) {
      const length = this.#control(counter.dataset.count ?? '')?.value.length ?? 0;
      counter.textContent = format(this.#strings.text.count, {
        n: length.toLocaleString(locale),
        max: Number(counter.dataset.max).toLocaleString(locale),
      });
    }
    this.#showDue();
  }

  #showDue(): void {
    const target = this.#el('[data-due]');
    if (!target) return;
    const reply = replyDue(this.#strings.reminder, this.#values());
    const text = this.#strings.reminderText;
    target.textContent = reply ? dueSentence(reply, text, this.#strings.locale) : text.needDate;
  }

  #save(): void {
    const all = this.#values();
    const values = Object.fromEntries(Object.entries(all).filter(([name]) => this.#own.has(name)));
    const result = saveLetter(localStorage, this.#strings.letter, values);
    const saved = this.#el('[data-saved]');
    const { text } = this.#strings;
    const message = {
      saved: text.saved,
      full: text.storageFull,
      refused: text.storageFailed,
      kept: text.storageFailed,
    }[result];
    if (saved) saved.textContent = message;
    // A failure is told once, in the box above the form and aloud; not again at every keystroke.
    if (result !== 'saved' && result !== this.#lastSave) {
      this.#problem(message);
      this.#announce(message);
    }
    if (result === 'saved' && this.#lastSave && this.#lastSave !== 'saved') this.#problem(undefined);
    this.#lastSave = result;
  }

  #problem(message: string | undefined): void {
    const box = this.#el('[data-problem]');
    if (!box) return;
    box.textContent = message ?? '';
    box.hidden = message === undefined;
  }

  #announce(message: string): void {
    const announcer = this.#el('[data-announce]');
    if (!announcer) return;
    announcer.textContent = '';
    requestAnimationFrame(() => {
      announcer.textContent = message;
    });
  }

  #onInput(event: Event): void {
    const target = event.target as Control;
    const name = target.dataset?.field;
    if (!name) return;
    this.#own.add(name);
    if (this.#prefilled.delete(name) && name === 'loanAmount') {
      const note = this.#el('[data-from-plan]');
      if (note) note.hidden = true;
    }
    // A message stays until the reader has fixed the value; it is not re-judged at every keystroke.
    if (target.getAttribute('aria-invalid') === 'true') this.#check(target);
    const max = target.maxLength;
    if (max >= 60 && target.value.length >= max) {
      this.#announce(format(this.#strings.text.countFull, { max: max.toLocaleString(this.#strings.locale) }));
    }
    this.#update();
    this.#save();
  }

  #onChange(event: Event): void {
    this.#check(event.target as Control);
  }

  #check(control: Control): void {
    const name = control.dataset.field;
    const value = control.value.trim();
    const { errors } = this.#strings;
    let message: string | undefined;
    if (value !== '' && name === 'idLast4' && !isIdLast4(value)) message = errors.idLast4;
    if (value !== '' && control.hasAttribute('data-money')) {
      const parsed = parseAmount(value, { allowZero: true });
      if (!parsed.ok) message = errors[parsed.error];
    }
    if (name === 'idLast4' || control.hasAttribute('data-money')) setFieldError(control, message);
  }

  #say(selector: string, message: string): void {
    const status = this.#el(selector);
    if (!status) return;
    // Emptied first, so the same message twice is announced twice.
    status.textContent = '';
    requestAnimationFrame(() => {
      status.textContent = message;
    });
  }

  async #copy(): Promise<void> {
    const lines = this.#letterLines();
    const { zhLabels, labels, text } = this.#strings;
    const plain = letterText(lines, (field: FieldKey) => zhLabels[field] ?? field);
    const blanks = blankFields(lines).map((field) => labels[field] ?? field);
    try {
      await navigator.clipboard.writeText(plain);
      this.#el('[data-copy-box]')?.replaceChildren();
      this.#say(
        '[data-status]',
        blanks.length > 0 ? format(text.copiedWithBlanks, { fields: blanks.join(text.listSeparator) }) : text.copied,
      );
    } catch {
      // Refused (no permission, an insecure page, an old browser): the letter, selected, to copy by hand.
      const box = this.#el('[data-copy-box]');
      if (!box) return;
      const { showCopyBox } = await import('./copy-fallback');
      showCopyBox(box, plain, text.copyBox);
      this.#say('[data-status]', text.copyFailed);
    }
  }

  async #downloadReminder(): Promise<void> {
    const reply = replyDue(this.#strings.reminder, this.#values());
    const text = this.#strings.reminderText;
    if (!reply) {
      this.#say('[data-ics-status]', text.needDate);
      const first = REMINDER_FIELDS[this.#strings.reminder][0];
      if (first) this.#control(first)?.focus();
      return;
    }
    const { downloadReminder } = await import('./reminder');
    const file = downloadReminder(this.#strings.reminder, reply, text, this.#strings.locale);
    this.#say('[data-ics-status]', format(text.downloaded, { file }));
  }
}
