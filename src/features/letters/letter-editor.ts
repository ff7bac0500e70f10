import { parseAmount } from '../../lib/money';
import { format } from '../../lib/text';
import { setFieldError } from '../forms/field-error';
import { dueSentence, REMINDER_FIELDS, replyDue } from './deadlines';
import { blankFields, fillTemplate, type KindOf, type Line, letterText, readSheet, type Values } from './fill';
import { renderLetter } from './letter-dom';
import { type Control, type LetterForm, sheetLocale } from './letter-form';
import { type SaveResult, saveLetter } from './save';
import type { Labels } from './strings';
import type { FieldKey } from './templates';

/** The last 4 characters of a Chinese ID number: digits, the last possibly X. */
export function isIdLast4(text: string): boolean {
  return /^\d{3}[\dX]$/i.test(text.normalize('NFKC').trim());
}

/** A letter (or the 12378 script, or a rendering of either) on the page, and its template. */
interface Sheet {
  target: HTMLElement;
  template: string;
  locale: string;
  labels: Labels;
}

/**
 * What <letter-form> does once there is something to fill in or the reader reaches for it:
 * fills the letter (and its rendering, and the 12378 script) in as they type, saves (and says
 * truly when it cannot), counts characters, checks the ID digits and the amount, copies the
 * letter, shows the reminder's date and makes the reminder file.
 */
export class LetterEditor {
  readonly #form: LetterForm;
  readonly #sheets: Sheet[] = [];
  /** Field labels: Chinese for the letter's blanks and the copy, the page's for messages. */
  readonly #zhLabels: Labels = {};
  #labels: Labels = {};
  #lastSave: SaveResult | undefined;

  constructor(form: LetterForm) {
    this.#form = form;
    this.#readSheets();
    for (const counter of form.querySelectorAll<HTMLElement>('[data-count]')) {
      const control = form.control(counter.dataset.count ?? '');
      const describedBy = control?.getAttribute('aria-describedby');
      control?.setAttribute('aria-describedby', describedBy ? `${describedBy} ${counter.id}` : counter.id);
      counter.hidden = false;
    }
    form.addEventListener('input', (event) => this.#onInput(event));
    form.addEventListener('change', (event) => this.#check(event.target as Control));
    this.update();
    // What was typed before this code arrived is in the fields: check what the reader has left
    // (not the field they are typing in) and save it all now.
    for (const control of form.controls())
      if (control.value && control !== document.activeElement) this.#check(control);
    if (form.own.size > 0) this.#save();
  }

  /** The templates, read from the blank letters the server rendered (before anything was filled in). */
  #readSheets(): void {
    const form = this.#form;
    for (const blank of form.blankSheets) {
      const name = blank.getAttribute('data-sheet');
      const target = form.el(`[data-sheet="${name}"]`);
      if (!target) continue;
      const locale = sheetLocale(blank, form.strings.locale);
      const { template, labels } = readSheet(blank);
      this.#sheets.push({ target, template, locale, labels });
      Object.assign(locale === 'zh-CN' ? this.#zhLabels : this.#labels, labels);
    }
    // On the Chinese page the fields' labels are the letter's.
    if (Object.keys(this.#labels).length === 0) this.#labels = this.#zhLabels;
  }

  /** A field's kind, from its control: the field table stays on the server. */
  readonly #kindOf: KindOf = (field) => {
    const control = this.#form.control(field);
    if (!control) return undefined;
    if (control instanceof HTMLTextAreaElement) return 'long';
    return control.type === 'date' ? 'date' : control.hasAttribute('data-money') ? 'money' : 'text';
  };

  #lines(template: string, locale: string): Line[] {
    return fillTemplate(template, locale, this.#kindOf, this.#form.values() as Values);
  }

  /** The letters, the counters and the reminder's date, from the fields. */
  update(): void {
    const form = this.#form;
    const { locale, text, reminder, reminderText } = form.strings;
    for (const sheet of this.#sheets)
      renderLetter(sheet.target, this.#lines(sheet.template, sheet.locale), sheet.labels);
    for (const counter of form.querySelectorAll<HTMLElement>('[data-count]')) {
      counter.textContent = format(text.count, {
        n: (form.control(counter.dataset.count ?? '')?.value.length ?? 0).toLocaleString(locale),
        max: Number(counter.dataset.max).toLocaleString(locale),
      });
    }
    const due = form.el('[data-due]');
    if (due && reminderText.needDate) {
      const reply = replyDue(reminder, form.values());
      due.textContent = reply ? dueSentence(reply, reminderText, locale) : reminderText.needDate;
    }
  }

  #onInput(event: Event): void {
    const target = event.target as Control;
    if (!target.dataset?.field) return;
    // A message stays until the value is fixed; it is not judged afresh at every keystroke.
    if (target.getAttribute('aria-invalid') === 'true') this.#check(target);
    const { strings } = this.#form;
    const max = target.maxLength;
    if (max >= 60 && target.value.length >= max) {
      this.#say('[data-announce]', format(strings.text.countFull, { max: max.toLocaleString(strings.locale) }));
    }
    this.update();
    this.#save();
  }

  #save(): void {
    const form = this.#form;
    // Only what changed here since the page last read storage: the rest may be another tab's newer text.
    const values = Object.fromEntries(
      Object.entries(form.values()).filter(([name, value]) => form.own.has(name) && value !== form.base[name]),
    );
    const result = saveLetter(localStorage, form.strings.letter, values);
    if (result === 'saved') Object.assign(form.base, values);
    const { text } = form.strings;
    const message = {
      saved: text.saved,
      full: text.storageFull,
      refused: text.storageFailed,
      kept: text.storageFailed,
    }[result];
    const saved = form.el('[data-saved]');
    if (saved) saved.textContent = message;
    // A failure is told once, above the form and aloud; not again at every keystroke.
    if (result !== 'saved' && result !== this.#lastSave) {
      form.problem(message);
      this.#say('[data-announce]', message);
    }
    if (result === 'saved' && this.#lastSave !== undefined && this.#lastSave !== 'saved') form.problem(undefined);
    this.#lastSave = result;
  }

  #check(control: Control): void {
    const name = control.dataset.field;
    const isMoney = control.hasAttribute('data-money');
    if (name !== 'idLast4' && !isMoney) return;
    const value = control.value.trim();
    const { errors } = this.#form.strings;
    let message: string | undefined;
    if (value !== '' && name === 'idLast4' && !isIdLast4(value)) message = errors.idLast4;
    if (value !== '' && isMoney) {
      const parsed = parseAmount(value, { allowZero: true });
      if (!parsed.ok) message = errors[parsed.error] ?? errors.notNumber;
    }
    setFieldError(control, message);
  }

  #say(selector: string, message: string): void {
    const status = this.#form.el(selector);
    if (!status) return;
    // Emptied first, so the same message twice is announced twice.
    status.textContent = '';
    requestAnimationFrame(() => {
      status.textContent = message;
    });
  }

  async copy(): Promise<void> {
    const form = this.#form;
    const { text } = form.strings;
    const letter = this.#sheets[0];
    if (!letter) return;
    const lines = this.#lines(letter.template, 'zh-CN');
    const plain = letterText(lines, (field: FieldKey) => this.#zhLabels[field] ?? field);
    const blanks = blankFields(lines).map((field) => this.#labels[field] ?? field);
    const box = form.el('[data-copy-box]');
    try {
      await navigator.clipboard.writeText(plain);
      box?.replaceChildren();
      this.#say(
        '[data-status]',
        blanks.length > 0 ? format(text.copiedWithBlanks, { fields: blanks.join(text.listSeparator) }) : text.copied,
      );
    } catch {
      // Refused (no permission, an insecure page, an old browser): the letter, selected, to copy by hand.
      if (!box) return;
      const { showCopyBox } = await import('./copy-fallback');
      showCopyBox(box, plain, text.copyBox);
      this.#say('[data-status]', text.copyFailed);
    }
  }

  async reminder(): Promise<void> {
    const form = this.#form;
    const { reminder, reminderText: text, locale } = form.strings;
    const reply = replyDue(reminder, form.values());
    if (!reply) {
      this.#say('[data-ics-status]', text.needDate ?? '');
      const first = REMINDER_FIELDS[reminder][0];
      if (first) form.control(first)?.focus();
      return;
    }
    const { downloadReminder } = await import('./reminder');
    const file = downloadReminder(reminder, reply, text, locale);
    this.#say('[data-ics-status]', format(text.downloaded ?? '', { file }));
  }
}
