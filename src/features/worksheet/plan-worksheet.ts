import type { CommonText, PlanScriptText } from '../../i18n/tools/dictionary';
import type { Lang } from '../../lib/languages';
import { formatFen, type MoneyLocale, parseAmount } from '../../lib/money';
import { emptyPlan, isEmptyPlan, isSource, type Plan, type PlanList, planTotals, toPlan } from './plan';

/**
 * The worksheet in the browser. The plan lives in localStorage under one key for both
 * languages (the data holds no language), as { version: 1, plan }. Nothing is ever sent: there
 * is no fetch here, and export and import go through a local file.
 */
export const STORAGE_KEY = 'weilidai-guide:plan';

const root = document.querySelector<HTMLElement>('[data-plan]');
if (root) {
  // Only the page's language is fetched: the first-load budget counts every byte.
  const lang: Lang = document.documentElement.lang.startsWith('en') ? 'en' : 'zh';
  const strings =
    lang === 'en'
      ? Promise.all([import('../../i18n/tools/plan-script-en'), import('../../i18n/tools/common-en')]).then(
          ([p, c]) => [p.planScriptEn, c.commonEn] as const,
        )
      : Promise.all([import('../../i18n/tools/plan-script-zh'), import('../../i18n/tools/common-zh')]).then(
          ([p, c]) => [p.planScriptZh, c.commonZh] as const,
        );
  strings.then(([p, common]) => setUp(root, lang, p, common.errors));
}

function setUp(root: HTMLElement, lang: Lang, p: PlanScriptText, errors: CommonText['errors']): void {
  const locale: MoneyLocale = lang === 'en' ? 'en' : 'zh-CN';
  const money = (fen: number) => formatFen(fen, locale);
  const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector);
  const status = $('[data-status]');
  const announcer = $('[data-announce]');
  const join = (lines: string[]) => lines.join(lang === 'en' ? '; ' : '；');
  const saved = $('[data-saved]');
  const legends: Record<PlanList, (n: number) => string> = {
    sums: p.sumLegend,
    risks: p.riskLegend,
    calls: p.callLegend,
  };
  const LISTS: PlanList[] = ['sums', 'risks', 'calls'];
  const list = (name: PlanList) => $(`[data-list="${name}"]`) as HTMLOListElement;
  const say = (message: string) => {
    if (status) status.textContent = message;
  };

  /** Ids, labels and names follow each row's position, so they stay unique and read "Sum 2". */
  const renumber = (name: PlanList) => {
    list(name)
      .querySelectorAll<HTMLElement>(':scope > [data-row]')
      .forEach((row, i) => {
        const n = i + 1;
        const legend = legends[name](n);
        const legendEl = row.querySelector('[data-legend]');
        if (legendEl) legendEl.textContent = legend;
        const remove = row.querySelector<HTMLButtonElement>('[data-remove]');
        if (remove) {
          remove.textContent = p.remove(lang === 'en' ? legend.toLowerCase() : legend);
          remove.hidden = false;
        }
        for (const field of row.querySelectorAll<HTMLElement>('[data-field]'))
          field.id = `${name}-${n}-${field.dataset.field}`;
        for (const label of row.querySelectorAll<HTMLLabelElement>('[data-for]'))
          label.htmlFor = `${name}-${n}-${label.dataset.for}`;
        for (const error of row.querySelectorAll<HTMLElement>('[data-error]'))
          error.id = `${name}-${n}-${error.dataset.error}-error`;
      });
  };

  // The server's rows are blank when this runs: each list's first row is the pattern for new ones.
  const blanks = new Map(LISTS.map((name) => [name, list(name).querySelector('[data-row]')?.cloneNode(true)]));
  const addRow = (name: PlanList) => {
    const row = blanks.get(name)?.cloneNode(true) as HTMLElement | undefined;
    if (!row) throw new Error(`no row to copy in ${name}`);
    list(name).append(row);
    return row;
  };

  const field = (scope: ParentNode, name: string) =>
    scope.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`[data-field="${name}"]`);
  const value = (scope: ParentNode, name: string) => field(scope, name)?.value ?? '';
  const rows = (name: PlanList) => [...list(name).querySelectorAll<HTMLElement>(':scope > [data-row]')];

  const read = (): Plan => ({
    owed: value(root, 'owed'),
    dueDate: value(root, 'dueDate'),
    sums: rows('sums').map((row) => {
      const source = value(row, 'source');
      return {
        date: value(row, 'date'),
        amount: value(row, 'amount'),
        source: isSource(source) ? source : '',
        details: value(row, 'details'),
      };
    }),
    risks: rows('risks').map((row) => ({ risk: value(row, 'risk'), response: value(row, 'response') })),
    reserveAmount: value(root, 'reserveAmount'),
    reserveDetails: value(root, 'reserveDetails'),
    calls: rows('calls').map((row) => ({ date: value(row, 'date'), agreed: value(row, 'agreed') })),
  });

  // A textarea prints at its screen size and clips; print shows this plain copy of its text instead.
  const autosize = (el: HTMLTextAreaElement) => {
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + 4}px`;
    let copy = el.nextElementSibling;
    if (!copy?.classList.contains('field__print')) {
      copy = document.createElement('div');
      copy.className = 'field__print';
      copy.setAttribute('aria-hidden', 'true');
      el.after(copy);
    }
    copy.textContent = el.value;
  };

  const write = (plan: Plan) => {
    const set = (scope: ParentNode, name: string, text: string) => {
      const el = field(scope, name);
      if (el) el.value = text;
    };
    set(root, 'owed', plan.owed);
    set(root, 'dueDate', plan.dueDate);
    set(root, 'reserveAmount', plan.reserveAmount);
    set(root, 'reserveDetails', plan.reserveDetails);
    const fill = <T extends object>(name: PlanList, items: T[]) => {
      list(name).replaceChildren();
      // An empty list still offers one blank row to start typing in.
      for (const item of items.length > 0 ? items : [{}]) {
        const row = addRow(name);
        for (const [key, text] of Object.entries(item)) set(row, key, String(text));
      }
      renumber(name);
    };
    fill('sums', plan.sums);
    fill('risks', plan.risks);
    fill('calls', plan.calls);
    for (const el of root.querySelectorAll<HTMLElement>('[data-money]')) check(el as HTMLInputElement, false);
    for (const el of root.querySelectorAll('textarea')) autosize(el);
    showTotal();
  };

  /** A money field's message: shown on leaving the field, cleared as soon as it reads well. */
  const check = (input: HTMLInputElement, show: boolean) => {
    const error = input.parentElement?.querySelector<HTMLElement>('[data-error]');
    if (!error) return;
    const text = input.value.trim();
    const parsed = parseAmount(text, { allowZero: input.dataset.field !== 'owed' });
    const bad = text !== '' && !parsed.ok ? errors[parsed.error] : undefined;
    if (bad && (show || input.getAttribute('aria-invalid') === 'true')) {
      error.textContent = bad;
      error.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', error.id);
    } else if (!bad) {
      error.textContent = '';
      error.hidden = true;
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    }
  };

  const totalText = (plan: Plan): string[] => {
    const totals = planTotals(plan);
    const lines = [p.totalPlanned(money(totals.plannedFen))];
    if (totals.owedFen === null || totals.differenceFen === null) lines.push(p.needOwed);
    else {
      lines.push(p.totalOwed(money(totals.owedFen)));
      const d = totals.differenceFen;
      lines.push(d < 0 ? p.shortfall(money(-d)) : d > 0 ? p.surplus(money(d)) : p.exact);
    }
    if (totals.unreadable > 0) lines.push(p.notCounted(totals.unreadable));
    return lines;
  };

  const showTotal = () => {
    const target = $('[data-total-text]');
    if (!target) return;
    const plan = read();
    const lines = totalText(plan);
    target.replaceChildren(
      ...lines.map((line, i) => {
        const span = document.createElement('span');
        span.className = i === 2 ? 'plan__difference' : '';
        span.textContent = line;
        return span;
      }),
    );
    const totals = planTotals(plan);
    target.dataset.state =
      totals.differenceFen === null
        ? ''
        : totals.differenceFen < 0
          ? 'short'
          : totals.differenceFen > 0
            ? 'over'
            : 'exact';
  };

  const save = () => {
    try {
      const plan = read();
      if (isEmptyPlan(plan)) localStorage.removeItem(STORAGE_KEY);
      else localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, plan }));
      if (saved) saved.textContent = p.saved;
    } catch {
      if (saved) saved.textContent = p.storageFailed;
    }
  };

  const load = (): Plan | null => {
    try {
      const stored = localStorage.getItem(STORAGE_KEY);
      if (!stored) return null;
      const data = JSON.parse(stored) as { plan?: unknown };
      return toPlan(data.plan);
    } catch {
      return null;
    }
  };

  const today = () => {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  };

  const stampPrintDate = () => {
    const printed = $('[data-printed]');
    if (printed)
      printed.textContent = p.printedOn(new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date()));
  };

  root.addEventListener('input', (event) => {
    const target = event.target as HTMLElement;
    if (target instanceof HTMLTextAreaElement) autosize(target);
    if (target.hasAttribute('data-money')) check(target as HTMLInputElement, false);
    showTotal();
    save();
  });

  root.addEventListener('change', (event) => {
    const target = event.target as HTMLElement;
    if (!target.hasAttribute('data-money')) return;
    check(target as HTMLInputElement, true);
    // Announced once the reader leaves an amount, not at every keystroke.
    if (announcer) announcer.textContent = join(totalText(read()));
  });

  root.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
    if (!button) return;
    const add = button.dataset.add as PlanList | undefined;
    if (add && LISTS.includes(add)) {
      const row = addRow(add);
      renumber(add);
      field(row, add === 'risks' ? 'risk' : 'date')?.focus();
      save();
      return;
    }
    if (button.hasAttribute('data-remove')) {
      const row = button.closest<HTMLElement>('[data-row]');
      const name = row?.parentElement?.dataset.list as PlanList | undefined;
      if (!row || !name) return;
      const next = row.nextElementSibling ?? row.previousElementSibling;
      row.remove();
      if (rows(name).length === 0) addRow(name);
      renumber(name);
      // Focus goes to the neighbouring row's first field, or the "add" button.
      const focusTarget =
        (next?.isConnected ? next.querySelector<HTMLElement>('[data-field]') : null) ?? $(`[data-add="${name}"]`);
      focusTarget?.focus();
      showTotal();
      save();
    }
  });

  const confirm = $('[data-confirm]');
  const clearButton = $<HTMLButtonElement>('[data-clear]');
  const closeConfirm = (focus: HTMLElement | null) => {
    if (confirm) confirm.hidden = true;
    focus?.focus();
  };
  clearButton?.addEventListener('click', () => {
    if (!confirm) return;
    confirm.hidden = false;
    $<HTMLButtonElement>('[data-clear-no]')?.focus();
  });
  $('[data-clear-no]')?.addEventListener('click', () => closeConfirm(clearButton));
  confirm?.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeConfirm(clearButton);
  });
  $('[data-clear-yes]')?.addEventListener('click', () => {
    try {
      localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Nothing was stored.
    }
    write(emptyPlan());
    closeConfirm(field(root, 'owed'));
    say(p.cleared);
  });

  $('[data-print]')?.addEventListener('click', () => {
    stampPrintDate();
    window.print();
  });
  window.addEventListener('beforeprint', () => {
    stampPrintDate();
    for (const el of root.querySelectorAll('textarea')) autosize(el);
  });

  $('[data-export]')?.addEventListener('click', async () => {
    const plan = read();
    const { planMarkdown } = await import('./plan-file');
    const markdown = planMarkdown(plan, lang, today(), [join(totalText(plan))]);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }));
    link.download = `${p.fileName}-${today()}.md`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  });

  const fileInput = $<HTMLInputElement>('[data-import-file]');
  $('[data-import]')?.addEventListener('click', () => fileInput?.click());
  fileInput?.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    const { readPlanFile } = await import('./plan-file');
    const plan = readPlanFile(await file.text());
    if (!plan) {
      say(p.importFailed);
      return;
    }
    write(plan);
    save();
    say(p.importDone);
  });

  const stored = load();
  if (stored) write(stored);
  else {
    for (const name of LISTS) renumber(name);
    for (const el of root.querySelectorAll('textarea')) autosize(el);
    showTotal();
  }
  stampPrintDate();
  for (const el of root.querySelectorAll<HTMLElement>('[data-nojs]')) el.hidden = true;
  for (const el of root.querySelectorAll<HTMLElement>('[data-js], [data-add]')) el.hidden = false;
}
