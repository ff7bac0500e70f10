import { KEPT_KEY, PLAN_KEY } from './keys';
import {
  blankRow,
  type Contact,
  isEmptyPlan,
  LIST_FIELDS,
  LISTS,
  type Plan,
  type PlanList,
  SINGLE_FIELDS,
  type SingleField,
} from './plan';

/**
 * Where the worksheet keeps the plan: localStorage under PLAN_KEY, as { version, plan }. Nothing
 * is ever sent anywhere.
 *
 * Version 1 had a list of calls ({ date, agreed }); version 2 has the contact log, and a call
 * becomes a contact with its date and "what you agreed". A stored plan is read whole or not at
 * all: a value this version cannot represent exactly (damaged JSON, an unknown field, a newer
 * version) is never trimmed to fit, it is kept aside under KEPT_KEY for the reader to download.
 */
export const STORAGE_VERSION = 2;

export type Stored =
  | { kind: 'none' }
  | { kind: 'plan'; plan: Plan; version: number }
  | { kind: 'unreadable'; raw: string; reason: 'damaged' | 'newer' };

/** The browser refused to let the page use its storage at all (blocked, or private mode). */
export type Blocked = { kind: 'blocked' };

type Row = Record<string, string>;

/** A field's text; numbers are taken as written. null: not something a field can hold. */
function text(value: unknown): string | null {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** An object with only the given fields, each text; null when anything else is there. */
function record(value: unknown, fields: readonly string[]): Row | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const data = value as Record<string, unknown>;
  if (Object.keys(data).some((key) => !fields.includes(key))) return null;
  const row: Row = {};
  for (const field of fields) {
    const read = text(data[field]);
    if (read === null) return null;
    row[field] = read;
  }
  return row;
}

function rows(value: unknown, fields: readonly string[]): Row[] | null {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return null;
  const read = value.map((row) => record(row, fields));
  return read.some((row) => row === null) ? null : (read as Row[]);
}

const LIST_NAMES: Record<number, Record<PlanList, string>> = {
  1: { sums: 'sums', risks: 'risks', contacts: 'calls' },
  2: { sums: 'sums', risks: 'risks', contacts: 'contacts' },
};
const V1_CALL_FIELDS = ['date', 'agreed'] as const;

/** The plan stored by `version` (1 or 2) in today's shape, or null when it is not one. */
export function planFromData(data: unknown, version: number): Plan | null {
  const names = LIST_NAMES[version];
  if (!names || typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const source = data as Record<string, unknown>;
  const listKeys = LISTS.map((list) => names[list]);
  const top = record(
    Object.fromEntries(Object.entries(source).filter(([key]) => !listKeys.includes(key))),
    SINGLE_FIELDS,
  );
  const sums = rows(source[names.sums], LIST_FIELDS.sums);
  const risks = rows(source[names.risks], LIST_FIELDS.risks);
  const contacts =
    version === 1
      ? rows(source[names.contacts], V1_CALL_FIELDS)?.map(
          (call): Contact => ({ ...blankRow('contacts'), date: call.date ?? '', agreed: call.agreed ?? '' }),
        )
      : rows(source[names.contacts], LIST_FIELDS.contacts);
  if (!top || !sums || !risks || !contacts) return null;
  return { ...(top as Pick<Plan, SingleField>), sums, risks, contacts } as unknown as Plan;
}

/** What a stored text holds. */
export function readStoredText(raw: string | null): Stored {
  if (raw === null) return { kind: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable', raw, reason: 'damaged' };
  }
  const { version, plan, ...rest } = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  if (typeof version === 'number' && Number.isInteger(version) && version > STORAGE_VERSION)
    return { kind: 'unreadable', raw, reason: 'newer' };
  const read = typeof version === 'number' && Object.keys(rest).length === 0 ? planFromData(plan, version) : null;
  return read
    ? { kind: 'plan', plan: read, version: version as number }
    : { kind: 'unreadable', raw, reason: 'damaged' };
}

/** The text stored for a plan. */
export function storedText(plan: Plan): string {
  return JSON.stringify({ version: STORAGE_VERSION, plan });
}

export function loadPlan(storage: Storage): Stored | Blocked {
  try {
    return readStoredText(storage.getItem(PLAN_KEY));
  } catch {
    return { kind: 'blocked' };
  }
}

/** The browser refused a write because its storage for this site is full. */
export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

export type SaveResult = 'saved' | 'full' | 'blocked';

function write(storage: Storage, key: string, value: string | null): SaveResult {
  try {
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, value);
    return 'saved';
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'blocked';
  }
}

/** Saves the plan (an empty one removes the key). */
export function savePlan(storage: Storage, plan: Plan): SaveResult {
  return write(storage, PLAN_KEY, isEmptyPlan(plan) ? null : storedText(plan));
}

export function clearPlan(storage: Storage): SaveResult {
  return write(storage, PLAN_KEY, null);
}

/** The plans kept aside because they could not be read, oldest first. */
export function keptPlans(storage: Storage): Array<{ key: string; raw: string }> {
  const kept: Array<{ key: string; raw: string }> = [];
  try {
    for (let n = 1; ; n++) {
      const key = n === 1 ? KEPT_KEY : `${KEPT_KEY}-${n}`;
      const raw = storage.getItem(key);
      if (raw === null) break;
      kept.push({ key, raw });
    }
  } catch {
    // Storage is blocked: nothing can have been kept.
  }
  return kept;
}

/**
 * Keeps an unreadable stored plan aside, under the first free backup key (the same text is kept
 * once). Only once it is kept may the plan's own key be written over.
 */
export function keepUnreadable(storage: Storage, raw: string): SaveResult {
  const kept = keptPlans(storage);
  if (kept.some((copy) => copy.raw === raw)) return 'saved';
  const n = kept.length + 1;
  return write(storage, n === 1 ? KEPT_KEY : `${KEPT_KEY}-${n}`, raw);
}

export function removeKept(storage: Storage): SaveResult {
  let result: SaveResult = 'saved';
  for (const { key } of keptPlans(storage)) result = write(storage, key, null);
  return result;
}
