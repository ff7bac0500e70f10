import { SITE_DATA_CLEARED } from '../../lib/device-data';
import type { Lang } from '../../lib/languages';
import { format, formatDate } from '../../lib/text';
import { type Control, PlanForm } from './form';
import { isWorksheetKey, PLAN_KEY } from './keys';
import { mergePlans } from './merge';
import {
  emptyPlan,
  FIELD_KIND,
  isEmptyPlan,
  LIMITS,
  LISTS,
  maxLength,
  type Plan,
  type PlanList,
  samePlan,
} from './plan';
import {
  clearPlan,
  keepUnreadable,
  keptPlans,
  loadPlan,
  readStoredText,
  removeKept,
  type SaveResult,
  STORAGE_VERSION,
  type Stored,
  savePlan,
} from './storage';
import type { WorksheetFileText, WorksheetStrings } from './strings';
import { totalLines } from './totals';

type PlanFileModule = typeof import('./plan-file');

/** What the saved-state line says: saved, not saved and why, or nothing stored yet. */
type SaveState = SaveResult | 'none' | 'held';

/** Clicks on these do one thing however fast they come: the second click of a double click is ignored. */
const ONCE =
  '[data-export], [data-calendar], [data-import], [data-replace], [data-undo], [data-clear-yes], [data-download-kept]';

/**
 * The worksheet at work, started by <plan-worksheet> once there is a saved plan to show or the
 * reader reaches for the form. It keeps the form and the browser's storage in step and never
 * lets one overwrite the other unseen:
 *
 * - every change is saved at once; when the browser refuses (storage full, or blocked), both the
 *   saved-state line and the status line say so, and the form keeps what it shows;
 * - a stored plan that cannot be read is kept aside (storage.ts) and offered for download, and
 *   nothing is saved over it until it is safe;
 * - other tabs' writes arrive through the `storage` event and are shown here (the newest write
 *   wins), except over text this tab could not save, and except the field the reader is
 *   composing in with an input method, which is saved (and so wins) when they finish;
 * - an import is read and checked first, applied only after the reader confirms, and can be
 *   undone once.
 */
export class Worksheet {
  readonly #root: HTMLElement;
  readonly #strings: WorksheetStrings;
  readonly #s: WorksheetStrings['worksheet'];
  readonly #lang: Lang;
  readonly #form: PlanForm;
  #state: SaveState = 'none';
  /** Why nothing may be saved for now (a newer version's plan, or one not yet kept aside). */
  #hold: string | undefined;
  /** A stored plan that could not be read and is not kept in storage: it exists only here. */
  #unkept: string | undefined;
  #downloadedKept = false;
  #undo: Plan | undefined;
  #reading: Plan | undefined;
  #composing: Element | null = null;
  /** The plan as this tab last knew storage to hold it: what a write from another tab is merged against. */
  #base: Plan | undefined;
  readonly #busy = new Set<string>();
  #announceTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(root: HTMLElement, strings: WorksheetStrings, lang: Lang) {
    this.#root = root;
    this.#strings = strings;
    this.#s = strings.worksheet;
    this.#lang = lang;
    this.#form = new PlanForm(root, strings.worksheet, strings.errors, strings.locale);
  }

  start(): void {
    const root = this.#root;
    root.addEventListener('input', (event) => this.#onInput(event));
    root.addEventListener('change', (event) => this.#onChange(event));
    root.addEventListener('click', (event) => this.#onClick(event));
    root.addEventListener('beforeinput', (event) => this.#onBeforeInput(event));
    root.addEventListener('compositionstart', (event) => {
      this.#composing = event.target as Element;
    });
    root.addEventListener('compositionend', () => {
      this.#composing = null;
    });
    root.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && (event.target as Element).closest('[data-confirm]')) this.#closeConfirm();
    });
    window.addEventListener('storage', (event) => this.#onStorage(event));
    window.addEventListener('beforeprint', () => this.#preparePrint());
    document.addEventListener(SITE_DATA_CLEARED, () => this.#onSiteCleared());
    const fileInput = this.#el<HTMLInputElement>('[data-import-file]');
    fileInput?.addEventListener('change', () => void this.#onFile(fileInput));

    // What the bench reports: the plan on screen, and every row built (form.ts builds long lists in slices).
    performance.mark('plan-render-start');
    this.#form.onBuilt = () => {
      this.#form.onBuilt = undefined;
      requestAnimationFrame(() => setTimeout(() => performance.measure('plan-built', 'plan-render-start')));
    };
    // What the reader typed before any script ran (the page was still arriving) is newer than
    // the stored plan: it goes back over it once the plan is shown, and is saved.
    const typed = [...root.querySelectorAll<Control>('[data-field]')]
      .filter((el) => el.value !== defaultValueOf(el))
      .map((el) => [el, el.value] as const);
    this.#load(loadPlan(localStorage));
    for (const [el, value] of typed) {
      if (!el.isConnected || el.value === value) continue;
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }
    // The line said "loading" while this code came: it now says what is true.
    if (this.#state === 'none') this.#showState('none');
    requestAnimationFrame(() => setTimeout(() => performance.measure('plan-render', 'plan-render-start')));
    this.#showKept();
    this.#showTotal();
    this.#stampDate();
    // A file chosen before this code arrived.
    if (fileInput?.files?.length) void this.#onFile(fileInput);
  }

  #el<T extends Element = HTMLElement>(selector: string): T | null {
    return this.#root.querySelector<T>(selector);
  }

  /** The status line under the buttons: the outcome of what the reader just did. */
  #say(message: string): void {
    const status = this.#el('[data-status]');
    if (status && status.textContent !== message) status.textContent = message;
  }

  #announce(message: string): void {
    const announcer = this.#el('[data-announce]');
    if (announcer) announcer.textContent = message;
  }

  #number(n: number): string {
    return this.#form.number(n);
  }

  #load(stored: Stored | { kind: 'blocked' }): void {
    const typed = this.#form.read();
    switch (stored.kind) {
      case 'blocked':
        this.#form.write(typed, { show: false });
        this.#showState('blocked');
        return;
      case 'none':
        this.#base = emptyPlan();
        // What the reader typed before this code arrived.
        this.#form.write(typed, { show: false });
        if (!isEmptyPlan(typed)) this.#save();
        return;
      case 'plan':
        this.#base = stored.plan;
        this.#form.write(stored.plan);
        // An older version's plan is stored again in this version's shape, the same content.
        if (stored.version < STORAGE_VERSION) this.#save();
        else this.#showState('saved');
        return;
      case 'unreadable':
        this.#form.write(typed, { show: false });
        this.#keepAside(stored.raw, stored.reason === 'newer' ? this.#s.keptNewer : undefined);
        if (!this.#hold && !isEmptyPlan(typed)) this.#save();
    }
  }

  /** Keeps an unreadable stored plan aside; until that has worked (or `hold`), nothing is saved. */
  #keepAside(raw: string, hold?: string): void {
    const kept = keepUnreadable(localStorage, raw);
    if (kept !== 'saved') {
      this.#unkept = raw;
      this.#hold = this.#s.keptNotKept;
    } else if (hold) this.#hold = hold;
    if (this.#hold) this.#showState('held');
    this.#showKept();
  }

  #showKept(): void {
    const notice = this.#el('[data-kept]');
    const text = this.#el('[data-kept-text]');
    if (!notice || !text) return;
    const kept = keptPlans(localStorage);
    const raw = this.#unkept ?? kept[0]?.raw;
    notice.hidden = raw === undefined;
    if (raw === undefined) return;
    const read = readStoredText(raw);
    text.textContent = this.#unkept
      ? this.#s.keptNotKept
      : read.kind === 'unreadable' && read.reason === 'newer'
        ? this.#s.keptNewer
        : this.#s.keptDamaged;
    const remove = this.#el('[data-delete-kept]');
    if (remove) remove.hidden = !this.#downloadedKept || this.#unkept !== undefined;
  }

  /**
   * Saves what the form shows, unless saving is held; says what happened when that changes. What
   * another tab wrote since this tab last read storage is merged in first, unless `whole` (an
   * import or its undo replaces the plan on purpose).
   */
  #save(plan: Plan = this.#form.read(), { whole = false } = {}): SaveState {
    if (this.#hold) return this.#showState('held');
    const stored = whole || !this.#base ? undefined : loadPlan(localStorage);
    const theirs = stored?.kind === 'plan' ? stored.plan : stored?.kind === 'none' ? emptyPlan() : undefined;
    if (this.#base && theirs && !samePlan(theirs, this.#base)) {
      const merged = mergePlans(this.#base, plan, theirs);
      if (!samePlan(merged, plan)) {
        this.#form.write(merged, { keep: this.#composing ?? document.activeElement });
        this.#showTotal(merged);
      }
      plan = merged;
    }
    const state = savePlan(localStorage, plan);
    if (state === 'saved') this.#base = plan;
    return this.#showState(state);
  }

  #showState(state: SaveState): SaveState {
    const s = this.#s;
    const text = { saved: s.saved, full: s.storageFull, blocked: s.storageFailed, held: this.#hold ?? '', none: '' }[
      state
    ];
    const line = this.#el('[data-saved]');
    if (line) {
      line.textContent = text;
      line.classList.toggle('plan__saved--problem', state === 'full' || state === 'blocked' || state === 'held');
    }
    if (state !== this.#state) {
      const status = this.#el('[data-status]');
      const previous = { full: s.storageFull, blocked: s.storageFailed, held: this.#hold }[this.#state as string];
      if (state !== 'saved' && state !== 'none') this.#say(text);
      else if (status && previous && status.textContent === previous) this.#say('');
    }
    this.#state = state;
    return state;
  }

  #lines(plan: Plan): string[] {
    return totalLines(plan, this.#s, this.#strings.locale).lines;
  }

  #showTotal(plan: Plan = this.#form.read()): void {
    const target = this.#el('[data-total-text]');
    if (!target) return;
    const { lines, state } = totalLines(plan, this.#s, this.#strings.locale);
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

  #onInput(event: Event): void {
    const target = event.target as Control;
    if (!target.dataset?.field) return;
    if (target instanceof HTMLTextAreaElement) this.#form.autosize(target);
    if (target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type === 'text'))
      this.#announceLater(this.#form.count(target));
    this.#form.check(target, false);
    const plan = this.#form.read();
    this.#showTotal(plan);
    this.#save(plan);
  }

  /** A counter is announced once the reader pauses, not at every keystroke (as GOV.UK does). */
  #announceLater(text: string | undefined): void {
    clearTimeout(this.#announceTimer);
    if (text) this.#announceTimer = setTimeout(() => this.#announce(text), 1000);
  }

  #onChange(event: Event): void {
    const target = event.target as Control;
    if (!target.dataset?.field) return;
    this.#form.settle(target);
    this.#form.check(target, true);
    // The total is announced once the reader leaves an amount, not at every keystroke.
    if (FIELD_KIND[target.dataset.field] === 'money')
      this.#announce(this.#lines(this.#form.read()).join(this.#s.listSeparator));
  }

  /** A paste or drop that would not fit is refused whole, with the reason: text is never cut. */
  #onBeforeInput(event: InputEvent): void {
    const el = event.target;
    if (!(el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && el.type === 'text'))) return;
    if (!el.dataset.field || !/^insertFrom(Paste|Drop)|^insertReplacementText/.test(event.inputType)) return;
    const text = event.data ?? event.dataTransfer?.getData('text/plain') ?? '';
    const max = el.maxLength > 0 ? el.maxLength : maxLength(el.dataset.field);
    const room = max - (el.value.length - ((el.selectionEnd ?? 0) - (el.selectionStart ?? 0)));
    if (text.length <= room) return;
    event.preventDefault();
    const message = format(this.#s.pasteTooLong, {
      n: this.#number(text.length),
      left: this.#number(Math.max(0, room)),
    });
    this.#form.note(el, message);
    this.#announce(message);
  }

  #onClick(event: MouseEvent): void {
    const button = (event.target as Element).closest<HTMLButtonElement>('button');
    if (!button || !this.#root.contains(button)) return;
    if (event.detail > 1 && button.matches(ONCE)) return;
    const data = button.dataset;
    const add = data.add as PlanList | undefined;
    if (add && LISTS.includes(add)) this.#addRow(add);
    else if (data.remove !== undefined) this.#removeRow(button);
    else if (data.print !== undefined) {
      this.#preparePrint();
      window.print();
    } else if (data.export !== undefined) void this.#export();
    else if (data.calendar !== undefined) void this.#calendar();
    else if (data.import !== undefined) this.#pickFile();
    else if (data.replace !== undefined) this.#replace();
    else if (data.keep !== undefined) {
      this.#closeReview();
      this.#say(this.#loaded?.text.importCancelled ?? '');
      this.#el('[data-import]')?.focus();
    } else if (data.undo !== undefined) this.#undoImport();
    else if (data.clear !== undefined) this.#openConfirm();
    else if (data.clearNo !== undefined) this.#closeConfirm();
    else if (data.clearYes !== undefined) this.#clear();
    else if (data.downloadKept !== undefined) this.#downloadKept();
    else if (data.deleteKept !== undefined) this.#deleteKept();
  }

  #addRow(name: PlanList): void {
    if (this.#form.isFull(name)) return;
    const row = this.#form.addRow(name);
    this.#form.renumber(name);
    this.#form.field(row, name === 'risks' ? 'risk' : 'date')?.focus();
    this.#save();
  }

  #removeRow(button: HTMLButtonElement): void {
    const row = button.closest<HTMLElement>('[data-row]');
    if (!row) return;
    const next = row.nextElementSibling ?? row.previousElementSibling;
    const name = this.#form.removeRow(row);
    if (!name) return;
    // Focus goes to the neighbouring row's first field, or the "add" button.
    const focusTarget =
      (next?.isConnected ? next.querySelector<HTMLElement>('[data-field]') : null) ?? this.#el(`[data-add="${name}"]`);
    focusTarget?.focus();
    this.#showTotal();
    this.#save();
  }

  #openConfirm(): void {
    const confirm = this.#el('[data-confirm]');
    if (!confirm) return;
    confirm.hidden = false;
    this.#el('[data-clear-no]')?.focus();
  }

  #closeConfirm(focus: HTMLElement | null = this.#el('[data-clear]')): void {
    const confirm = this.#el('[data-confirm]');
    if (confirm) confirm.hidden = true;
    focus?.focus();
  }

  #clear(): void {
    // A plan that could not be read, and is not kept anywhere else, is not deleted unseen.
    if (this.#unkept !== undefined) {
      this.#closeConfirm();
      this.#say(this.#s.keptNotKept);
      return;
    }
    // A newer version's plan held here is kept aside already: the reader may clear the plan.
    const result = clearPlan(localStorage);
    if (result === 'saved') this.#base = emptyPlan();
    this.#setUndo(undefined);
    this.#closeReview();
    this.#form.write(emptyPlan(), { show: false });
    this.#showTotal();
    this.#closeConfirm(this.#form.field(this.#root, 'owed'));
    if (result === 'saved') {
      this.#hold = undefined;
      this.#showState('none');
      this.#say(this.#s.cleared);
    } else this.#showState(result);
  }

  #onSiteCleared(): void {
    this.#base = emptyPlan();
    this.#hold = undefined;
    this.#unkept = undefined;
    this.#setUndo(undefined);
    this.#closeReview();
    this.#form.write(emptyPlan(), { show: false });
    this.#showTotal();
    this.#showKept();
    this.#showState('none');
    this.#say('');
  }

  /** The date on the printed page. */
  #stampDate(): void {
    const printed = this.#el('[data-printed]');
    const date = formatDate(this.#strings.locale, new Date());
    if (printed) printed.textContent = format(this.#s.printedOn, { date });
  }

  /** Before printing: the date, text copies of the text boxes, the contact log in time order. */
  #preparePrint(): void {
    this.#stampDate();
    this.#form.preparePrint();
  }

  #onStorage(event: StorageEvent): void {
    if (event.storageArea !== localStorage || (event.key !== null && !isWorksheetKey(event.key))) return;
    if (event.key !== PLAN_KEY) {
      this.#showKept();
      if (event.key !== null) return;
    }
    // The newest write is what storage holds now.
    const stored = loadPlan(localStorage);
    this.#setUndo(undefined);
    if (this.#state === 'full' || (this.#state === 'held' && this.#unkept !== undefined)) {
      // What this tab shows exists nowhere else: it is not replaced.
      this.#say(this.#s.notReplaced);
      return;
    }
    const keep = this.#composing;
    if (stored.kind === 'plan') {
      this.#base = stored.plan;
      if (samePlan(stored.plan, this.#form.read())) return;
      this.#hold = undefined;
      this.#form.write(stored.plan, { keep });
      this.#showState('saved');
      this.#say(this.#s.syncedFromTab);
    } else if (stored.kind === 'unreadable') {
      this.#keepAside(stored.raw, stored.reason === 'newer' ? this.#s.newerInTab : undefined);
      if (this.#hold) this.#say(this.#hold);
    } else {
      this.#base = emptyPlan();
      this.#hold = undefined;
      this.#form.write(emptyPlan(), { keep, show: false });
      this.#showState('none');
      this.#say(this.#s.clearedInTab);
    }
    this.#showTotal();
    this.#refreshReview();
  }

  #setUndo(plan: Plan | undefined): void {
    this.#undo = plan;
    const button = this.#el('[data-undo]');
    if (button) button.hidden = plan === undefined;
  }

  #pickFile(): void {
    if (this.#busy.has('import')) return;
    this.#el<HTMLInputElement>('[data-import-file]')?.click();
  }

  #filePart: Promise<{ files: PlanFileModule; text: WorksheetFileText }> | undefined;

  /** The export and import code, with the import's words; tried again next time if it failed. */
  async #fileModule(): Promise<{ files: PlanFileModule; text: WorksheetFileText }> {
    this.#filePart ??= import('./plan-file').then(async (files) => ({
      files,
      text: await files.loadFileText(this.#lang),
    }));
    try {
      return await this.#filePart;
    } catch (error) {
      this.#filePart = undefined;
      throw error;
    }
  }

  #loaded: { files: PlanFileModule; text: WorksheetFileText } | undefined;

  #megabytes(bytes: number): string {
    return new Intl.NumberFormat(this.#strings.locale, {
      style: 'unit',
      unit: 'megabyte',
      maximumFractionDigits: 1,
    }).format(bytes / 1_000_000);
  }

  async #onFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file || this.#busy.has('import')) return;
    this.#busy.add('import');
    this.#closeReview();
    try {
      const loaded = await this.#fileModule();
      this.#loaded = loaded;
      const { files, text } = loaded;
      files.importControls(this.#root, text);
      // Checked before a byte is read: a big file would freeze the page, and no plan is this big.
      if (file.size > LIMITS.fileBytes) {
        this.#say(
          format(text.importTooBig, { size: this.#megabytes(file.size), max: this.#megabytes(LIMITS.fileBytes) }),
        );
        return;
      }
      const reading = files.readPlanFile(await file.text());
      if (!reading.ok) {
        const names = new files.PageNames(this.#root, this.#s);
        this.#say(files.refusalMessage(reading.refusal, text, names, (n) => this.#number(n), this.#strings.locale));
        return;
      }
      this.#reading = reading.plan;
      this.#reviewFile = { reading, name: file.name };
      this.#refreshReview();
      const panel = this.#el('[data-review]');
      if (panel) {
        panel.hidden = false;
        panel.focus();
      }
      this.#say('');
    } catch {
      this.#say(this.#s.fileFailed);
    } finally {
      this.#busy.delete('import');
    }
  }

  #reviewFile: { reading: Parameters<PlanFileModule['reviewText']>[0]; name: string } | undefined;

  /** The check step's text, again when the current plan changed under it (another tab). */
  #refreshReview(): void {
    const review = this.#reviewFile;
    if (!this.#loaded || !review || !this.#reading) return;
    const { files, text: words } = this.#loaded;
    const text = files.reviewText(
      review.reading,
      this.#form.read(),
      review.name,
      words,
      new files.PageNames(this.#root, this.#s),
      (field, value) => this.#form.message(field, value),
      this.#strings.locale,
    );
    const set = (selector: string, value: string) => {
      const el = this.#el(selector);
      if (el) el.textContent = value;
    };
    set('[data-review-file]', text.file);
    set('[data-review-current]', text.current);
    const notes = this.#el('[data-review-notes]');
    if (notes) {
      const [heading, ...items] = text.notes;
      const list = document.createElement('ul');
      list.append(
        ...items.map((item) => {
          const li = document.createElement('li');
          li.textContent = item;
          return li;
        }),
      );
      const p = document.createElement('p');
      p.textContent = heading ?? '';
      notes.replaceChildren(...(heading ? [p, list] : []));
    }
  }

  #closeReview(): void {
    this.#reading = undefined;
    this.#reviewFile = undefined;
    const panel = this.#el('[data-review]');
    if (panel) panel.hidden = true;
  }

  #replace(): void {
    const plan = this.#reading;
    if (!plan) return;
    const previous = this.#form.read();
    this.#closeReview();
    this.#form.write(plan);
    this.#showTotal();
    const state = this.#save(undefined, { whole: true });
    this.#setUndo(previous);
    const words = this.#loaded?.text;
    if (state === 'saved' || state === 'none') this.#say(words?.importDone ?? '');
    else if (state === 'full') this.#say(words?.importNotSaved ?? this.#s.storageFull);
    // Not saved for another reason: the status says why, as the saved-state line does.
    else this.#say(this.#el('[data-saved]')?.textContent ?? '');
    this.#el('[data-status]')?.focus();
  }

  #undoImport(): void {
    const previous = this.#undo;
    if (!previous) return;
    this.#form.write(previous);
    this.#showTotal();
    const state = this.#save(undefined, { whole: true });
    this.#setUndo(undefined);
    if (state === 'saved' || state === 'none') this.#say(this.#loaded?.text.undone ?? '');
    else this.#say(this.#el('[data-saved]')?.textContent ?? '');
    this.#el('[data-status]')?.focus();
  }

  async #export(): Promise<void> {
    if (this.#busy.has('export')) return;
    this.#busy.add('export');
    try {
      const plan = this.#form.read();
      const { planMarkdown } = (await this.#fileModule()).files;
      const exportedOn = formatDate(this.#strings.locale, new Date());
      const markdown = planMarkdown(plan, this.#lang, exportedOn, [this.#lines(plan).join(this.#s.listSeparator)]);
      download(markdown, `${this.#s.fileName}-${today()}.md`, 'text/markdown;charset=utf-8');
    } catch {
      this.#say(this.#s.fileFailed);
    } finally {
      this.#busy.delete('export');
    }
  }

  /** The due date and each planned sum as a calendar file, made on the device. */
  async #calendar(): Promise<void> {
    if (this.#busy.has('calendar')) return;
    this.#busy.add('calendar');
    try {
      const { files } = await this.#fileModule();
      const made = await files.planCalendar(this.#form.read(), this.#lang, this.#strings.locale, today());
      if ('ics' in made) download(made.ics, made.name, 'text/calendar;charset=utf-8');
      this.#say(made.message);
    } catch {
      this.#say(this.#s.fileFailed);
    } finally {
      this.#busy.delete('calendar');
    }
  }

  #downloadKept(): void {
    const raws = this.#unkept !== undefined ? [this.#unkept] : keptPlans(localStorage).map((copy) => copy.raw);
    if (raws.length === 0) return;
    download(raws.join('\n\n'), `${this.#s.keptFileName}-${today()}.txt`, 'text/plain;charset=utf-8');
    this.#downloadedKept = true;
    if (this.#unkept !== undefined) {
      // The reader has the only copy now: saving over it is safe again.
      this.#unkept = undefined;
      this.#hold = undefined;
      this.#save();
    }
    this.#showKept();
  }

  #deleteKept(): void {
    removeKept(localStorage);
    this.#showKept();
    this.#say(this.#s.keptDeleted);
    this.#el('[data-import]')?.focus();
  }
}

export function startWorksheet(root: HTMLElement, strings: WorksheetStrings, lang: Lang): Worksheet {
  const worksheet = new Worksheet(root, strings, lang);
  worksheet.start();
  return worksheet;
}

function download(text: string, name: string, type: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** Today in the reader's time zone, as YYYY-MM-DD (file names). */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The value a control had as the server rendered it (a list with no option marked: its first). */
function defaultValueOf(el: Control): string {
  if (!(el instanceof HTMLSelectElement)) return el.defaultValue;
  const options = [...el.options];
  return (options.find((option) => option.defaultSelected) ?? options[0])?.value ?? '';
}
