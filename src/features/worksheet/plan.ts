import { parseAmount } from '../../lib/money';

/**
 * The repayment-plan worksheet as data. Every field keeps exactly the text the reader typed or a
 * file held (amounts, dates and choices too), so a half-typed, mistyped or unknown entry is never
 * lost: it is shown with a message next to it. Totals read the amounts that are valid.
 */

/** The article's four ways to raise money, plus anything else. */
export const SOURCES = ['spending', 'family', 'sell', 'income', 'other'] as const;
export type SourceKey = (typeof SOURCES)[number];

/** How a contact with the lender or a collector happened. */
export const CONTACT_WAYS = ['call', 'sms', 'wechat', 'other'] as const;
export type ContactWay = (typeof CONTACT_WAYS)[number];

export interface PlannedSum {
  date: string;
  amount: string;
  /** A SourceKey, or '' (not chosen); any other text came from a file and is shown as such. */
  source: string;
  details: string;
}

export interface Risk {
  risk: string;
  response: string;
}

/** One contact with the lender or a collector, in either direction. */
export interface Contact {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM */
  time: string;
  /** Their name, as they gave it. */
  who: string;
  /** Their phone number or WeChat ID. */
  number: string;
  /** A ContactWay, or ''; like `source`, other text is kept. */
  how: string;
  said: string;
  promised: string;
  agreed: string;
}

export interface Plan {
  owed: string;
  dueDate: string;
  sums: PlannedSum[];
  risks: Risk[];
  reserveAmount: string;
  reserveDetails: string;
  contacts: Contact[];
}

export type PlanList = 'sums' | 'risks' | 'contacts';
export const LISTS: readonly PlanList[] = ['sums', 'risks', 'contacts'];
export type PlanRow = PlannedSum | Risk | Contact;

/** The plan's own fields, outside the lists. */
export const SINGLE_FIELDS = ['owed', 'dueDate', 'reserveAmount', 'reserveDetails'] as const;
export type SingleField = (typeof SINGLE_FIELDS)[number];

/** Each list's fields, in the order the form and the file show them. */
export const LIST_FIELDS = {
  sums: ['date', 'amount', 'source', 'details'],
  risks: ['risk', 'response'],
  contacts: ['date', 'time', 'who', 'number', 'how', 'said', 'promised', 'agreed'],
} as const satisfies Record<PlanList, readonly string[]>;

export type FieldKind = 'date' | 'time' | 'money' | 'choice' | 'short' | 'long';

/** What each field holds: it decides its limit and how its value is checked. */
export const FIELD_KIND: Readonly<Record<string, FieldKind>> = {
  owed: 'money',
  dueDate: 'date',
  reserveAmount: 'money',
  reserveDetails: 'long',
  date: 'date',
  amount: 'money',
  source: 'choice',
  details: 'long',
  risk: 'long',
  response: 'long',
  time: 'time',
  who: 'short',
  number: 'short',
  how: 'choice',
  said: 'long',
  promised: 'long',
  agreed: 'long',
};

/**
 * Limits no real plan meets, so that one that does is a mistake (a wrong file, a paste gone
 * wrong) rather than a reader's plan. A list holds 500 rows: a contact a day for well over a
 * year. A text box holds 5,000 characters: about three printed pages of Chinese, ten times a long
 * note of a call. Other fields hold 200 characters: a name, a number, an amount or a date with
 * room to spare. The form enforces them as the reader types (maxlength, a disabled Add button),
 * a file over them is refused with the reason, and a stored plan is always read whole.
 */
export const LIMITS = {
  rows: 500,
  long: 5000,
  short: 200,
  /** A plan file is read only below this size (bytes): 2 MB is hundreds of times a real plan. */
  fileBytes: 2_000_000,
} as const;

export function maxLength(field: string): number {
  return FIELD_KIND[field] === 'long' ? LIMITS.long : LIMITS.short;
}

export function emptyPlan(): Plan {
  return { owed: '', dueDate: '', sums: [], risks: [], reserveAmount: '', reserveDetails: '', contacts: [] };
}

/** A row of `list` with every field empty. */
export function blankRow<L extends PlanList>(list: L): Plan[L][number] {
  return Object.fromEntries(LIST_FIELDS[list].map((field) => [field, ''])) as unknown as Plan[L][number];
}

export const isBlankRow = (row: object): boolean => Object.values(row).every((value) => value === '');

/** The same plan without rows that hold nothing: what is worth exporting or comparing. */
export function compactPlan(plan: Plan): Plan {
  return {
    ...plan,
    sums: plan.sums.filter((row) => !isBlankRow(row)),
    risks: plan.risks.filter((row) => !isBlankRow(row)),
    contacts: plan.contacts.filter((row) => !isBlankRow(row)),
  };
}

export function isEmptyPlan(plan: Plan): boolean {
  const compact = compactPlan(plan);
  return SINGLE_FIELDS.every((field) => compact[field] === '') && LISTS.every((list) => compact[list].length === 0);
}

export function samePlan(a: Plan, b: Plan): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function isSource(value: unknown): value is SourceKey {
  return typeof value === 'string' && (SOURCES as readonly string[]).includes(value);
}

export function isContactWay(value: unknown): value is ContactWay {
  return typeof value === 'string' && (CONTACT_WAYS as readonly string[]).includes(value);
}

export const isDate = (text: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
};

export const isTime = (text: string): boolean => /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?$/.test(text);

/** Why a kept value needs the reader's attention, or undefined when it reads well (or is empty). */
export type ValueProblem = 'date' | 'time' | 'amount' | 'choice';

export function valueProblem(field: string, value: string): ValueProblem | undefined {
  if (value.trim() === '') return undefined;
  switch (FIELD_KIND[field]) {
    case 'date':
      return isDate(value) ? undefined : 'date';
    case 'time':
      return isTime(value) ? undefined : 'time';
    case 'money':
      return parseAmount(value, { allowZero: field !== 'owed' }).ok ? undefined : 'amount';
    case 'choice':
      return (field === 'how' ? isContactWay(value) : isSource(value)) ? undefined : 'choice';
    default:
      return undefined;
  }
}

/** Where a value is: a field of the plan, or a field of row `index` (from 0) of a list. */
export type Place = { field: SingleField } | { list: PlanList; index: number; field: string };

export interface FoundValue {
  place: Place;
  value: string;
}

/** Every field of the plan with its place, lists in order. */
export function* planValues(plan: Plan): Generator<FoundValue> {
  for (const field of SINGLE_FIELDS) yield { place: { field }, value: plan[field] };
  for (const list of LISTS) {
    const rows = plan[list] as unknown as readonly Record<string, string>[];
    for (let index = 0; index < rows.length; index++) {
      for (const field of LIST_FIELDS[list]) yield { place: { list, index, field }, value: rows[index]?.[field] ?? '' };
    }
  }
}

/** Values kept as they are but not valid (a date that is not a date…): each gets a message. */
export function planProblems(plan: Plan): Array<FoundValue & { problem: ValueProblem }> {
  const found: Array<FoundValue & { problem: ValueProblem }> = [];
  for (const entry of planValues(plan)) {
    const problem = valueProblem(entry.place.field, entry.value);
    if (problem) found.push({ ...entry, problem });
  }
  return found;
}

export type OverLimit =
  | { kind: 'rows'; list: PlanList; count: number; max: number }
  | (FoundValue & { kind: 'length'; length: number; max: number });

/** Where the plan goes beyond LIMITS: lists first, then fields. */
export function overLimits(plan: Plan): OverLimit[] {
  const found: OverLimit[] = [];
  for (const list of LISTS) {
    if (plan[list].length > LIMITS.rows) found.push({ kind: 'rows', list, count: plan[list].length, max: LIMITS.rows });
  }
  for (const entry of planValues(plan)) {
    const max = maxLength(entry.place.field);
    if (entry.value.length > max) found.push({ ...entry, kind: 'length', length: entry.value.length, max });
  }
  return found;
}

/**
 * The contacts in time order, for the export and the print: by date, then time (a contact with no
 * time first on its day); those without a readable date last. Ties keep the order of entry.
 */
export function contactOrder(contacts: readonly Contact[]): number[] {
  const key = (c: Contact) => (isDate(c.date) ? `${c.date} ${isTime(c.time) ? c.time : ''}` : '\uffff');
  return contacts
    .map((contact, index) => ({ key: key(contact), index }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index))
    .map(({ index }) => index);
}

export function sortedContacts(contacts: readonly Contact[]): Contact[] {
  return contactOrder(contacts).map((index) => contacts[index] as Contact);
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
