import { SITE_DATA_CLEARED } from '../../lib/device-data';
import { readStrings } from '../../lib/element-data';
import { format, formatDate } from '../../lib/text';
import { revealScripted } from '../forms/reveal';
import type { LetterEditor } from './letter-editor';
import { type FieldValues, letterValues, loadLetters, planOwed, STORAGE_KEY } from './storage';
import type { LetterStrings } from './strings';

export type Control = HTMLInputElement | HTMLTextAreaElement;

/** Today in the reader's time zone, as YYYY-MM-DD: the letter's date until the reader sets one. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Dates in a letter are written in Chinese; in a rendering (data-sheet="…rendering"), in the page's language. */
export function sheetLocale(sheet: Element | null, pageLocale: string): string {
  return sheet?.getAttribute('data-sheet')?.endsWith('rendering') ? pageLocale : 'zh-CN';
}

/**
 * `<letter-form>`: on load, restores what the reader saved (the shared name, phone and ID digits,
 * and this letter's own fields) and prefills the amount from the worksheet and the date with
 * today until the reader writes their own. The code that fills the letter in, saves, checks,
 * copies and makes the reminder file (letter-editor.ts) loads at once when there is something
 * to fill in, and otherwise when the reader first reaches for the form: a first visit's page
 * stays small. Nothing typed before it arrives is lost: it reads and saves the whole form.
 * Nothing is ever sent: there is no fetch here or there.
 */
export class LetterForm extends HTMLElement {
  strings!: LetterStrings;
  /** Fields whose value came from elsewhere (the worksheet, today's date): not saved until edited. */
  readonly prefilled = new Set<string>();
  /** Fields the reader has typed in, or that were saved before: these are what is saved. */
  readonly own = new Set<string>();
  /** This letter's fields as this page last read them from storage: a save writes what differs. */
  base: FieldValues = {};
  /** The letters as the server rendered them, blank: the editor reads their templates from these. */
  blankSheets: Element[] = [];
  #editor: Promise<LetterEditor> | undefined;
  /** The field a word is being composed in with an input method, if any. */
  #composing: Control | null = null;

  connectedCallback(): void {
    if (this.strings) return;
    this.strings = readStrings<LetterStrings>(this);
    this.blankSheets = [...this.querySelectorAll('[data-sheet]')].map((sheet) => sheet.cloneNode(true) as Element);
    // What the reader typed before this script ran stays, is theirs, and is saved when the editing
    // code arrives: it is newer than anything stored.
    const typed = this.controls().filter((control) => control.value !== control.defaultValue);
    for (const control of typed) this.own.add(control.dataset.field ?? '');
    const toFill = this.#restore(new Set(typed)) || typed.length > 0;
    this.addEventListener('input', (event) => this.#onInput(event));
    this.addEventListener('compositionstart', (event) => {
      this.#composing = event.target as Control;
    });
    this.addEventListener('compositionend', () => {
      this.#composing = null;
    });
    for (const type of ['focusin', 'pointerdown', 'input'] as const) {
      this.addEventListener(type, () => void this.editor().catch(() => {}));
    }
    this.el('[data-print]')?.addEventListener('click', () => window.print());
    this.el('[data-copy]')?.addEventListener(
      'click',
      () =>
        void this.editor().then(
          (e) => e.copy(),
          () => {},
        ),
    );
    this.el('[data-ics]')?.addEventListener(
      'click',
      () =>
        void this.editor().then(
          (e) => e.reminder(),
          () => {},
        ),
    );
    if (toFill) void this.editor().catch(() => {});
    else this.#showDate();
    // "Clear all my data" on this page, or the letters cleared or changed in another tab.
    document.addEventListener(SITE_DATA_CLEARED, () => this.#reload());
    window.addEventListener('storage', (event) => {
      if (event.key !== null && event.key !== STORAGE_KEY) return;
      // Every field shows what the other tab saved, except text this page holds and has not saved
      // (a word being composed with an input method, or a save the storage refused): that stays,
      // and is saved over the other tab's at the next keystroke. A field that merely has the focus
      // is not kept: a tab in the background still has one, and its old text would come back.
      this.#reload(new Set(this.controls().filter((control) => this.#unsaved(control))));
    });
    revealScripted(this);
  }

  /** Whether `control` holds text this page has not saved: being composed, or typed and not stored. */
  #unsaved(control: Control): boolean {
    const name = control.dataset.field ?? '';
    return control === this.#composing || (this.own.has(name) && control.value !== (this.base[name] ?? ''));
  }

  /** Shows what is stored now (nothing, after a clear), as a fresh page would; `keep` stays as it is. */
  #reload(keep: ReadonlySet<Control> = new Set()): void {
    const kept = [...keep].map((control) => control.dataset.field ?? '');
    const keptOwn = kept.filter((name) => this.own.has(name));
    const keptPrefilled = kept.filter((name) => this.prefilled.has(name));
    for (const control of this.controls()) if (!keep.has(control)) control.value = '';
    this.own.clear();
    this.prefilled.clear();
    for (const name of keptOwn) this.own.add(name);
    for (const name of keptPrefilled) this.prefilled.add(name);
    this.problem(undefined);
    const note = this.el('[data-from-plan]');
    if (note && keptPrefilled.length === 0) note.hidden = true;
    this.#restore(keep);
    if (this.#editor)
      void this.#editor.then(
        (editor) => editor.update(),
        () => {},
      );
  }

  /**
   * The editing code, loaded once. If it cannot be loaded (the reader went offline after the page
   * came), they are told that nothing is filled in or saved, and the next reach tries again.
   */
  editor(): Promise<LetterEditor> {
    this.#editor ??= import('./letter-editor').then(
      ({ LetterEditor }) => {
        if (this.el('[data-problem]')?.textContent === this.strings.text.loadFailed) this.problem(undefined);
        return new LetterEditor(this);
      },
      (error: unknown) => {
        this.#editor = undefined;
        this.problem(this.strings.text.loadFailed);
        throw error;
      },
    );
    return this.#editor;
  }

  controls(): Control[] {
    return [...this.querySelectorAll<Control>('[data-field]')];
  }

  control(name: string): Control | null {
    return this.querySelector<Control>(`[data-field="${name}"]`);
  }

  el(selector: string): HTMLElement | null {
    return this.querySelector<HTMLElement>(selector);
  }

  values(): FieldValues {
    return Object.fromEntries(this.controls().map((control) => [control.dataset.field ?? '', control.value]));
  }

  /** Shows a problem with the stored letters above the form (or clears it). */
  problem(message: string | undefined): void {
    const box = this.el('[data-problem]');
    if (!box) return;
    box.textContent = message ?? '';
    box.hidden = message === undefined;
  }

  /** A field the reader typed in is theirs from now on (saved), no longer a prefilled value. */
  #onInput(event: Event): void {
    const name = (event.target as Control).dataset?.field;
    if (!name) return;
    this.own.add(name);
    if (this.prefilled.delete(name) && name === 'loanAmount') {
      const note = this.el('[data-from-plan]');
      if (note) note.hidden = true;
    }
  }

  /** Puts what was saved back in the fields (not in `keep`); true when the letter has something to fill in. */
  #restore(keep: ReadonlySet<Control> = new Set()): boolean {
    const loaded = loadLetters(localStorage);
    const stored = letterValues(loaded.data, this.strings.letter);
    this.base = { ...stored };
    for (const control of this.controls()) {
      const name = control.dataset.field ?? '';
      const value = stored[name];
      if (keep.has(control)) continue;
      if (value !== undefined) {
        control.value = value;
        this.own.add(name);
      }
    }
    // The worksheet's amount owed, while the reader has not written one here.
    const amount = this.control('loanAmount');
    const owed = amount && !keep.has(amount) && stored.loanAmount === undefined ? planOwed(localStorage) : undefined;
    if (amount && owed) {
      amount.value = owed;
      this.prefilled.add('loanAmount');
      const note = this.el('[data-from-plan]');
      if (note) note.hidden = false;
    }
    const date = this.control('date');
    if (date && !keep.has(date) && !date.value) {
      date.value = today();
      this.prefilled.add('date');
    }
    const { text } = this.strings;
    if (loaded.backupKey) this.problem(format(text.unreadable, { key: loaded.backupKey }));
    else if (loaded.keepUnreadable || loaded.unavailable) this.problem(text.storageFailed);
    return (
      this.controls().some((control) => control.value && !this.prefilled.has(control.dataset.field ?? '')) ||
      this.prefilled.has('loanAmount')
    );
  }

  /** With nothing else to fill in yet, the letter's date: today, as each sheet writes dates. */
  #showDate(): void {
    const value = this.control('date')?.value;
    if (!value) return;
    for (const blank of this.querySelectorAll<HTMLElement>('[data-sheet] [data-blank="date"]')) {
      const shown = document.createElement('span');
      shown.className = 'letter__value';
      shown.textContent = formatDate(sheetLocale(blank.closest('[data-sheet]'), this.strings.locale), value);
      blank.replaceWith(shown);
    }
  }
}
