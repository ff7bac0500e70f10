import { LISTS, type Plan, type PlanList, type PlanRow, SINGLE_FIELDS } from './plan';

/**
 * Two tabs of the worksheet save the whole plan at each keystroke. When the other tab wrote after
 * this tab last read storage (a few milliseconds before its storage event arrives), saving this
 * tab's plan as it stands would undo that write. The two are merged against the plan both started
 * from (`base`): what this tab changed is kept, and so is what the other tab changed. Where both
 * changed the same field, this tab's text wins: it is what the reader typed last.
 */
export function mergePlans(base: Plan, mine: Plan, theirs: Plan): Plan {
  const merged = { ...theirs };
  for (const field of SINGLE_FIELDS) merged[field] = pick(base[field], mine[field], theirs[field]);
  for (const list of LISTS) setList(merged, list, mergeRows(base[list], mine[list], theirs[list]));
  return merged;
}

function setList<L extends PlanList>(plan: Plan, list: L, rows: PlanRow[]): void {
  plan[list] = rows as Plan[L];
}

function pick(base: string, mine: string, theirs: string): string {
  return mine !== base ? mine : theirs;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Rows have no identity of their own, only their place. Edits at the same place and rows added at
 * the end merge field by field; a removed row shifts every place after it, so when either side
 * removed rows, the side that removed them decides the whole list (this tab's, when both did).
 */
function mergeRows(base: readonly PlanRow[], mine: readonly PlanRow[], theirs: readonly PlanRow[]): PlanRow[] {
  if (same(mine, base)) return [...theirs];
  if (same(theirs, base)) return [...mine];
  if (mine.length < base.length) return [...mine];
  if (theirs.length < base.length) return [...theirs];
  const rows = base.map((row, i) => mergeRow(row, mine[i] as PlanRow, theirs[i] as PlanRow));
  return [...rows, ...mine.slice(base.length), ...theirs.slice(base.length)];
}

function mergeRow(base: PlanRow, mine: PlanRow, theirs: PlanRow): PlanRow {
  const b = base as unknown as Record<string, string>;
  const m = mine as unknown as Record<string, string>;
  const t = theirs as unknown as Record<string, string>;
  return Object.fromEntries(
    Object.keys(b).map((key) => [key, pick(b[key] ?? '', m[key] ?? '', t[key] ?? '')]),
  ) as unknown as PlanRow;
}
