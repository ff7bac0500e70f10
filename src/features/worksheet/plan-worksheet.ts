import { readLang, readStrings } from '../../lib/element-data';
import { revealScripted } from '../forms/reveal';
import type { WorksheetStrings } from './strings';

/**
 * `<plan-worksheet>`: the page's first script, kept small. It shows the controls that need a
 * script and loads the worksheet's code (worksheet.ts) at once when this browser holds a saved
 * plan, or else when the reader reaches for the form (focus, touch, a click), when another tab
 * saves something, or when a file is chosen: a first visit costs only this. The keys to look for
 * come in `data-keys`, so this script needs no other module of the worksheet.
 *
 * Until the code has arrived, a saved plan's form is inert and says it is loading, so nothing is
 * typed into a blank form that the plan would then replace; what a new reader types first is
 * read and saved when the code arrives; a click is held and repeated (the file picker opens at
 * once, while the click still counts as the reader's). If the code cannot arrive, the
 * saved-state line says that nothing is being saved.
 */
export class PlanWorksheet extends HTMLElement {
  #started = false;

  connectedCallback(): void {
    if (this.#started) return;
    this.#started = true;
    const strings = readStrings<WorksheetStrings>(this);
    revealScripted(this);
    for (const el of this.querySelectorAll<HTMLElement>('[data-add]')) el.hidden = false;
    const saved = this.querySelector('[data-saved]');
    const parts = this.querySelectorAll<HTMLElement>('.plan__part');
    const fileInput = this.querySelector<HTMLInputElement>('[data-import-file]');
    const inert = (on: boolean) => {
      for (const part of parts) part.inert = on;
    };
    let loading = false;
    let pending: HTMLButtonElement | null = null;
    const load = () => {
      if (loading) return;
      loading = true;
      import('./worksheet')
        .then(({ startWorksheet }) => {
          startWorksheet(this, strings, readLang(this));
          inert(false);
          this.dataset.ready = '';
          pending?.click();
        })
        .catch(() => {
          inert(false);
          if (saved) saved.textContent = strings.worksheet.loadFailed;
          saved?.classList.add('plan__saved--problem');
        });
    };
    if (hasSavedPlan(JSON.parse(this.dataset.keys ?? '[]') as string[])) {
      inert(true);
      if (saved) saved.textContent = strings.worksheet.loading;
      load();
      return;
    }
    // Typing counts too: a field may have had the focus before this script ran.
    for (const type of ['focusin', 'pointerdown', 'input']) this.addEventListener(type, load, { once: true });
    fileInput?.addEventListener('change', load, { once: true });
    window.addEventListener('storage', load, { once: true });
    this.addEventListener('click', (event) => {
      if (this.dataset.ready !== undefined) return;
      const button = (event.target as Element).closest('button');
      if (button?.matches('[data-import]')) fileInput?.click();
      else pending = button;
      load();
    });
  }
}

/** Whether any of the worksheet's keys holds something. */
function hasSavedPlan(keys: string[]): boolean {
  try {
    return keys.some((key) => localStorage.getItem(key) !== null);
  } catch {
    return false;
  }
}
