import { clearSiteData, SITE_DATA_CLEARED } from '../../lib/device-data';
import type { ClearDeviceStrings } from './clear-device-data';

/**
 * The clearing itself: the control opens a question; "yes" clears every key of the site
 * (clearSiteData), then dispatches SITE_DATA_CLEARED on the document for the tools on this page
 * (other tabs hear of it through the `storage` event).
 */
export function controlClearing(root: HTMLElement, strings: ClearDeviceStrings): void {
  const open = root.querySelector<HTMLButtonElement>('[data-clear-all]');
  const confirm = root.querySelector<HTMLElement>('[data-confirm]');
  const status = root.querySelector<HTMLElement>('[data-status]');
  if (!open || !confirm || !status) return;
  const close = () => {
    confirm.hidden = true;
    open.focus();
  };
  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button');
    if (button === open) {
      status.textContent = '';
      confirm.hidden = false;
      root.querySelector<HTMLElement>('[data-no]')?.focus();
    } else if (button?.hasAttribute('data-no')) close();
    else if (button?.hasAttribute('data-yes') && event.detail < 2) {
      let removed: string[];
      try {
        removed = clearSiteData(localStorage);
      } catch {
        close();
        status.textContent = strings.failed;
        return;
      }
      document.dispatchEvent(new CustomEvent(SITE_DATA_CLEARED));
      close();
      status.textContent = removed.length > 0 ? strings.done : strings.nothing;
    }
  });
  confirm.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
}
