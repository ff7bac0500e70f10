import { parseAmount } from '../../lib/money';

/**
 * The repayment-plan worksheet as data. Fields keep exactly what the reader typed (amounts too),
 * so a half-typed or mistyped entry is never lost; totals read the amounts when they are valid.
 */

/** The article's four ways to raise money, plus anything else. */
export const SOURCES = ['spending', 'family', 'sell', 'income', 'other'] as const;
export type SourceKey = (typeof SOURCES)[number];

export interface PlannedSum {
  date: string;
  amount: string;
  source: SourceKey | '';
  details: string;
}

export interface Risk {
  risk: string;
  response: string;
}

export interface Call {
  date: string;
  agreed: string;
}

export interface Plan {
  owed: string;
  dueDate: string;
  sums: PlannedSum[];
  risks: Risk[];
  reserveAmount: string;
  reserveDetails: string;
  calls: Call[];
}

export type PlanList = 'sums' | 'risks' | 'calls';

export function emptyPlan(): Plan {
  return { owed: '', dueDate: '', sums: [], risks: [], reserveAmount: '', reserveDetails: '', calls: [] };
}

const isBlank = (row: object) => Object.values(row).every((value) => value === '');

/** The same plan without rows that hold nothing: what is worth saving, exporting or comparing. */
export function compactPlan(plan: Plan): Plan {
  return {
    ...plan,
    sums: plan.sums.filter((row) => !isBlank(row)),
    risks: plan.risks.filter((row) => !isBlank(row)),
    calls: plan.calls.filter((row) => !isBlank(row)),
  };
}

export function isEmptyPlan(plan: Plan): boolean {
  const compact = compactPlan(plan);
  return (
    compact.owed === '' &&
    compact.dueDate === '' &&
    compact.reserveAmount === '' &&
    compact.reserveDetails === '' &&
    compact.sums.length + compact.risks.length + compact.calls.length === 0
  );
}

const text = (value: unknown): string => (typeof value === 'string' ? value.slice(0, 2000) : '');
const rows = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value)
    ? value.filter((row): row is Record<string, unknown> => typeof row === 'object' && row !== null).slice(0, 100)
    : [];

export function isSource(value: unknown): value is SourceKey {
  return typeof value === 'string' && (SOURCES as readonly string[]).includes(value);
}

/** Whatever was stored, as a well-formed plan: storage can hold an old or hand-edited value. */
export function toPlan(value: unknown): Plan {
  const data = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return {
    owed: text(data.owed),
    dueDate: text(data.dueDate),
    sums: rows(data.sums).map((row) => ({
      date: text(row.date),
      amount: text(row.amount),
      source: isSource(row.source) ? row.source : '',
      details: text(row.details),
    })),
    risks: rows(data.risks).map((row) => ({ risk: text(row.risk), response: text(row.response) })),
    reserveAmount: text(data.reserveAmount),
    reserveDetails: text(data.reserveDetails),
    calls: rows(data.calls).map((row) => ({ date: text(row.date), agreed: text(row.agreed) })),
  };
}

export interface PlanTotals {
  /** Sum of the valid planned amounts, in fen. */
  plannedFen: number;
  /** The amount owed in fen, or null while it is empty or invalid. */
  owedFen: number | null;
  /** planned − owed: negative is a shortfall, positive a margin to keep as reserve. */
  differenceFen: number | null;
  /** How many non-empty planned amounts could not be read (and so are not counted). */
  unreadable: number;
}

export function planTotals(plan: Plan): PlanTotals {
  let plannedFen = 0;
  let unreadable = 0;
  for (const row of plan.sums) {
    if (row.amount.trim() === '') continue;
    const parsed = parseAmount(row.amount, { allowZero: true });
    if (parsed.ok) plannedFen += parsed.value;
    else unreadable++;
  }
  const owed = parseAmount(plan.owed);
  const owedFen = owed.ok ? owed.value : null;
  return { plannedFen, owedFen, differenceFen: owedFen === null ? null : plannedFen - owedFen, unreadable };
}
