import type { Dictionary } from '../../i18n/dictionary';
import { formatFen } from '../../lib/money';
import { format, plural } from '../../lib/text';
import { setFieldError } from '../forms/field-error';
import { drawChart } from './chart';
import { type Estimate, type EstimateField, type EstimateRaw, estimate, readEstimateInput } from './estimate';

/** What the estimator's script is handed in `data-strings`. */
export interface EstimatorStrings {
  /** BCP 47 tag: money, plural rules and the list separator follow it. */
  locale: string;
  estimator: Dictionary['estimator'];
  errors: Dictionary['forms']['errors'];
}

/** Wires the estimator's form: read, check, show either messages by the fields or the estimate. */
export function setUp(root: HTMLElement, strings: EstimatorStrings): void {
  const { locale, estimator: e, errors } = strings;
  const money = (fen: number) => formatFen(fen, locale);
  const soFar = (fen: number, days: number) => plural(locale, e.soFar, days, { money: money(fen), days });
  const form = root.querySelector<HTMLFormElement>('[data-estimator-form]');
  const result = root.querySelector<HTMLElement>('[data-estimator-result]');
  const status = root.querySelector<HTMLElement>('[data-estimator-status]');
  const chart = root.querySelector<SVGSVGElement>('[data-estimator-chart]');
  if (!form || !result || !status || !chart) return;

  const fields: EstimateField[] = ['amountFen', 'rate', 'multiple', 'days'];
  const input = (field: EstimateField) => form.elements.namedItem(field) as HTMLInputElement;

  const showError = (field: EstimateField, message: string | undefined) => setFieldError(input(field), message);

  const render = (days: number, out: Estimate) => {
    const set = (name: string, value: string) => {
      const el = result.querySelector<HTMLElement>(`[data-out="${name}"]`);
      if (el) el.textContent = value;
    };
    set('soFar', soFar(out.soFarFen, days));
    set('more', format(e.more, { day: money(out.dayFen), week: money(out.weekFen), month: money(out.monthFen) }));
    const rows = result.querySelector('[data-out="rows"]');
    rows?.replaceChildren(
      ...out.points.map((point) => {
        const tr = document.createElement('tr');
        const when = document.createElement('td');
        when.textContent = point.ahead === 0 ? e.today : plural(locale, e.inDays, point.ahead, { days: point.ahead });
        const total = document.createElement('td');
        total.textContent = money(point.totalFen);
        tr.append(when, total);
        return tr;
      }),
    );
    const first = out.points[0]?.totalFen ?? 0;
    const last = out.points.at(-1)?.totalFen ?? 0;
    chart.setAttribute('aria-label', format(e.chartLabel, { from: money(first), to: money(last) }));
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
        showError(field, error && errors[error]);
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
    status.textContent = format(e.announce, {
      soFar: soFar(out.soFarFen, read.input.days),
      perDay: format(e.perDay, { money: money(out.dayFen) }),
    });
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
