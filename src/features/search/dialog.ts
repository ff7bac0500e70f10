/** The search dialog, built and bound the first time the reader opens search. */
import type { Lang } from '../../lib/languages';
import { loadEngine } from './engine';
import { bindPanel, type Panel } from './panel';
import { createDialog } from './panel-dom';
import panelStyles from './search-panel.css?url';
import type { SearchStrings } from './strings';

let dialog: HTMLDialogElement | undefined;
let panel: Panel | undefined;
let returnFocus: HTMLElement | null = null;

/**
 * The dialog's own stylesheet, fetched with its code rather than inlined in every page (a CSS
 * import here would be inlined by Astro into every page that has the header).
 */
function loadStyles(): void {
  for (const href of [panelStyles]) {
    if (document.querySelector(`link[href="${href}"]`)) continue;
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    document.head.append(link);
  }
}

function setUp(lang: Lang, strings: SearchStrings): { dialog: HTMLDialogElement; panel: Panel } {
  if (dialog && panel) return { dialog, panel };
  loadStyles();
  const created = createDialog(lang, strings);
  document.body.append(created);
  const root = created.querySelector<HTMLElement>('[data-search-panel]');
  if (!root) throw new Error('Incomplete search dialog');
  const bound = bindPanel(root, lang, strings);
  created.querySelector('[data-search-close]')?.addEventListener('click', () => created.close());
  // A click on the backdrop lands on the dialog itself.
  created.addEventListener('click', (event) => {
    if (event.target === created) created.close();
  });
  created.addEventListener('close', () => returnFocus?.focus());
  dialog = created;
  panel = bound;
  return { dialog, panel };
}

export function openDialog(lang: Lang, strings: SearchStrings, trigger: HTMLElement | null): void {
  const { dialog, panel } = setUp(lang, strings);
  returnFocus = trigger ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
  if (!dialog.open) dialog.showModal();
  panel.input.focus();
  panel.input.select();
  // Start fetching while the reader types the first word; a failure is reported by the search.
  loadEngine(lang).catch(() => undefined);
}
