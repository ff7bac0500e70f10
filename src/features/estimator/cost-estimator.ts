import { readStrings } from '../../lib/element-data';
import { revealScripted } from '../forms/reveal';
import type { EstimatorStrings } from './form';

/**
 * `<cost-estimator>`: shows the estimator and loads its code only when the reader reaches for it
 * (focus, touch or submit), so the article page's first load stays within budget. A submit that
 * comes before the code has arrived is held and repeated once it has.
 */
export class CostEstimator extends HTMLElement {
  connectedCallback(): void {
    const root = this.querySelector<HTMLElement>('.estimator');
    const form = this.querySelector<HTMLFormElement>('[data-estimator-form]');
    if (!root || !form) return;
    let ready = false;
    let loading: Promise<void> | undefined;
    const load = () => {
      loading ??= import('./form').then(({ setUp }) => {
        setUp(root, readStrings<EstimatorStrings>(this));
        ready = true;
      });
      return loading;
    };
    this.addEventListener('focusin', load, { once: true });
    this.addEventListener('pointerdown', load, { once: true });
    form.addEventListener('submit', (event) => {
      if (ready) return;
      event.preventDefault();
      void load().then(() => resubmit(form));
    });
    revealScripted(this);
  }
}

/** Submits the form again, through its submit listeners (requestSubmit needs Safari 16). */
function resubmit(form: HTMLFormElement): void {
  if (typeof (form as Partial<HTMLFormElement>).requestSubmit === 'function') form.requestSubmit();
  else form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
}
