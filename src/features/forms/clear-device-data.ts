import { readStrings } from '../../lib/element-data';
import { revealScripted } from './reveal';

/** What <clear-device-data> is handed in `data-strings`: the outcomes it reports. */
export interface ClearDeviceStrings {
  done: string;
  nothing: string;
  failed: string;
}

/**
 * `<clear-device-data>`: "Clear all my data on this device", asking first. It shows its control
 * and loads the rest (clear-device-control.ts) when the reader reaches for it; a click that comes
 * before the code is held and repeated once it has arrived.
 */
export class ClearDeviceData extends HTMLElement {
  #started = false;

  connectedCallback(): void {
    if (this.#started) return;
    this.#started = true;
    let ready = false;
    let pending: HTMLElement | undefined;
    let loading: Promise<void> | undefined;
    const load = () => {
      loading ??= import('./clear-device-control').then(({ controlClearing }) => {
        controlClearing(this, readStrings<ClearDeviceStrings>(this));
        ready = true;
        pending?.click();
      });
      return loading;
    };
    this.addEventListener('focusin', load, { once: true });
    this.addEventListener('pointerdown', load, { once: true });
    this.addEventListener('click', (event) => {
      if (ready) return;
      pending = (event.target as Element).closest('button') ?? undefined;
      void load();
    });
    revealScripted(this);
  }
}
