import type { WorksheetText } from '../../i18n/dictionary';
import { formatFen } from '../../lib/money';
import { format, plural } from '../../lib/text';
import { type Plan, planTotals } from './plan';

export type TotalState = '' | 'short' | 'over' | 'exact';

/**
 * The running total as lines of text (planned; owed; the difference; amounts not counted) and
 * its state for styling. Line 3, when present, is the difference.
 */
export function totalLines(
  plan: Plan,
  strings: Pick<
    WorksheetText,
    'totalPlanned' | 'totalOwed' | 'shortfall' | 'surplus' | 'exact' | 'needOwed' | 'notCounted'
  >,
  locale: string,
): { lines: string[]; state: TotalState } {
  const money = (fen: number) => formatFen(fen, locale);
  const totals = planTotals(plan);
  const lines = [format(strings.totalPlanned, { money: money(totals.plannedFen) })];
  let state: TotalState = '';
  if (totals.owedFen === null || totals.differenceFen === null) lines.push(strings.needOwed);
  else {
    lines.push(format(strings.totalOwed, { money: money(totals.owedFen) }));
    const d = totals.differenceFen;
    lines.push(
      d < 0
        ? format(strings.shortfall, { money: money(-d) })
        : d > 0
          ? format(strings.surplus, { money: money(d) })
          : strings.exact,
    );
    state = d < 0 ? 'short' : d > 0 ? 'over' : 'exact';
  }
  if (totals.unreadable > 0)
    lines.push(plural(locale, strings.notCounted, totals.unreadable, { n: totals.unreadable }));
  return { lines, state };
}
