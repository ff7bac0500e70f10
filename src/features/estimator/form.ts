import { commonText } from '../../i18n/tools/common';
import { estimatorText } from '../../i18n/tools/estimator';
import { isLang } from '../../lib/languages';
import { formatFen, type MoneyLocale } from '../../lib/money';
import { drawChart } from './chart';
import { type Estimate, type EstimateField, type EstimateRaw, estimate, readEstimateInput } from './estimate';

/** Wires the estimator's form: read, check, show either messages by the fields or the estimate. */
export function setUp(root: HTMLElement): void {
  const lang = document.documentElement.lang.startsWith('en') ? 'en' : 'zh';
  const text = commonText[isLang(lang) ? lang : 'zh'];
  const e = estimatorText[isLang(lang) ? lang : 'zh'];
  const locale: MoneyLocale = lang === 'en' ? 'en' : 'zh-CN';
  const money = (fen: number) => formatFen(fen, locale);
  const form = root.querySelector<HTMLFormElement>('[data-estimator-form]');
  const result = root.querySelector<HTMLElement>('[data-estimator-result]');
  const status = root.querySelector<HTMLElement>('[data-estimator-status]');
  const chart = root.querySelector<SVGSVGElement>('[data-estimator-chart]');
  if (!form || !result || !status || !chart) return;

  const fields: EstimateField[] = ['amountFen', 'rate', 'multiple', 'days'];
  const input = (field: EstimateField) => form.elements.namedItem(field) as HTMLInputElement;

  const showError = (field: EstimateField, message: string | undefined) => {
    const el = input(field);
    const error = root.querySelector<HTMLElement>(`#estimator-${field}-error`);
    if (!error) return;
    error.textContent = message ?? '';
    error.hidden = message === undefined;
    const hint = `estimator-${field}-hint`;
    if (message === undefined) {
      el.removeAttribute('aria-invalid');
      el.setAttribute('aria-describedby', hint);
    } else {
      el.setAttribute('aria-invalid', 'true');
      el.setAttribute('aria-describedby', `${error.id} ${hint}`);
    }
  };

  const render = (days: number, out: Estimate) => {
    const set = (name: string, value: string) => {
      const el = result.querySelector<HTMLElement>(`[data-out="${name}"]`);
      if (el) el.textContent = value;
    };
    set('soFar', e.soFar(money(out.soFarFen), days));
    // Chinese runs the clauses together after its full-width semicolons; English needs spaces.
    const gap = document.documentElement.lang.startsWith('en') ? ' ' : '';
    set(
      'more',
      [e.perDay(money(out.dayFen)), e.perWeek(money(out.weekFen)), e.perMonth(money(out.monthFen))].join(gap),
    );
    const rows = result.querySelector('[data-out="rows"]');
    rows?.replaceChildren(
      ...out.points.map((point) => {
        const tr = document.createElement('tr');
        const when = document.createElement('td');
        when.textContent = point.ahead === 0 ? e.today : e.inDays(point.ahead);
        const total = document.createElement('td');
        total.textContent = money(point.totalFen);
        tr.append(when, total);
        return tr;
      }),
    );
    const first = out.points[0]?.totalFen ?? 0;
    const last = out.points.at(-1)?.totalFen ?? 0;
    chart.setAttribute('aria-label', e.chartLabel(money(first), money(last)));
    drawChart(chart, out.points, money);
    result.hidden = false;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const raw = Object.fromEntries(fields.map((field) => [field, input(field).value])) as EstimateRaw;
    const read = readEstimateInput(raw);
    if (!read.ok) {
      for (const field of fields) {
        const error = read.errors[field];
        showError(field, error && text.errors[error]);
      }
      result.hidden = true;
      status.textContent = e.fixErrors;
      const firstBad = fields.find((field) => read.errors[field]);
      if (firstBad) input(firstBad).focus();
      return;
    }
    for (const field of fields) showError(field, undefined);
    const out = estimate(read.input);
    render(read.input.days, out);
    status.textContent = `${e.soFar(money(out.soFarFen), read.input.days)} ${e.perDay(money(out.dayFen))}`;
  });

  // A corrected field loses its message as soon as it reads well; new messages wait for Estimate.
  form.addEventListener('input', (event) => {
    const el = event.target as HTMLInputElement;
    const field = el.name as EstimateField;
    if (!fields.includes(field) || el.getAttribute('aria-invalid') !== 'true') return;
    const raw = Object.fromEntries(fields.map((f) => [f, input(f).value])) as EstimateRaw;
    const read = readEstimateInput(raw);
    if (read.ok || !read.errors[field]) showError(field, undefined);
  });
}
