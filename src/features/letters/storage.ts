import { storageKey } from '../../lib/device-data';
import { LETTER_KEYS, type LetterKey, SHARED_FIELDS, type SharedField } from './templates';

/**
 * Where the letters keep what the reader typed: localStorage, one key for every language and
 * letter, as { version: 1, shared, letters }. `shared` holds the reader's name, phone and ID
 * digits, used by all three letters; `letters` each letter's own fields (and its reminder dates).
 * Nothing is ever sent anywhere. What cannot be read is never overwritten: it is first copied to
 * a backup key under the same prefix (so "clear all my data" finds it too) and the reader is told.
 */
export const STORAGE_KEY = storageKey('letters');
export const VERSION = 1;

/** The worksheet's key: read (never written) for the amount owed. */
const PLAN_KEY = storageKey('plan');

export type FieldValues = Record<string, string>;

export interface LettersData {
  shared: Partial<Record<SharedField, string>>;
  letters: Partial<Record<LetterKey, FieldValues>>;
}

export interface Loaded {
  data: LettersData;
  /** The browser would not let the site read its storage at all. */
  unavailable?: true;
  /** What was stored could not be read; it was copied here first. */
  backupKey?: string;
  /** It could not be read, nor copied aside: it is left alone and nothing new is saved over it. */
  keepUnreadable?: true;
}

export function emptyData(): LettersData {
  return { shared: {}, letters: {} };
}

function strings(value: unknown): FieldValues | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const out: FieldValues = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item !== 'string') return null;
    out[key] = item;
  }
  return out;
}

/** The stored JSON as data, or null when it is not something this version wrote. */
export function toData(json: string): LettersData | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { version, shared, letters } = parsed as { version?: unknown; shared?: unknown; letters?: unknown };
  if (version !== VERSION) return null;
  const sharedValues = strings(shared ?? {});
  const letterMap = letters ?? {};
  if (!sharedValues || typeof letterMap !== 'object' || letterMap === null || Array.isArray(letterMap)) return null;
  const data = emptyData();
  for (const [key, value] of Object.entries(sharedValues)) {
    if ((SHARED_FIELDS as readonly string[]).includes(key)) data.shared[key as SharedField] = value;
  }
  for (const [key, value] of Object.entries(letterMap)) {
    const values = strings(value);
    if (!values) return null;
    if ((LETTER_KEYS as readonly string[]).includes(key)) data.letters[key as LetterKey] = values;
  }
  return data;
}

/** A backup key that no earlier backup holds: weilidai-guide:letters-unreadable-20261128T093015Z. */
function backupKeyFor(storage: Storage, now: Date): string {
  const stamp = `${now.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
  let key = storageKey(`letters-unreadable-${stamp}`);
  for (let n = 2; storage.getItem(key) !== null; n++) key = storageKey(`letters-unreadable-${stamp}-${n}`);
  return key;
}

/** What is stored, read; what cannot be read is copied aside first (see Loaded). */
export function loadLetters(storage: Storage, now = new Date()): Loaded {
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch {
    return { data: emptyData(), unavailable: true };
  }
  if (raw === null) return { data: emptyData() };
  const data = toData(raw);
  if (data) return { data };
  try {
    const backupKey = backupKeyFor(storage, now);
    storage.setItem(backupKey, raw);
    return { data: emptyData(), backupKey };
  } catch {
    return { data: emptyData(), keepUnreadable: true };
  }
}

/** One letter's values as the form shows them: the shared fields and the letter's own. */
export function letterValues(data: LettersData, letter: LetterKey): FieldValues {
  return { ...data.letters[letter], ...data.shared };
}

/** The worksheet's "amount to repay in full", when the reader has entered one there. */
export function planOwed(storage: Storage): string | undefined {
  try {
    const raw = storage.getItem(PLAN_KEY);
    if (!raw) return undefined;
    const owed = (JSON.parse(raw) as { plan?: { owed?: unknown } }).plan?.owed;
    return typeof owed === 'string' && owed.trim() !== '' ? owed.trim() : undefined;
  } catch {
    return undefined;
  }
}
