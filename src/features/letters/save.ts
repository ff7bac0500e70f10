import { type FieldValues, type LettersData, loadLetters, STORAGE_KEY, VERSION } from './storage';
import { type LetterKey, SHARED_FIELDS, type SharedField } from './templates';

/**
 * Saving the letters (storage.ts reads them): loaded with the editing code, once the reader
 * starts to type. What it reports is the truth about the write: saved, the storage is full,
 * the browser refused, or an unreadable value was kept and nothing was written over it.
 */
export type SaveResult = 'saved' | 'full' | 'refused' | 'kept';

function isEmpty(data: LettersData): boolean {
  const values = [...Object.values(data.shared), ...Object.values(data.letters).flatMap((v) => Object.values(v ?? {}))];
  return values.every((value) => (value ?? '').trim() === '');
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

/**
 * Saves the given fields of one letter (and the shared ones) over what is stored now, and leaves
 * every other field as stored: another tab may have changed the other letters, or other fields of
 * this one, since this page read them. Says truthfully what happened.
 */
export function saveLetter(storage: Storage, letter: LetterKey, values: FieldValues, now = new Date()): SaveResult {
  try {
    const current = loadLetters(storage, now);
    if (current.keepUnreadable || current.unavailable) return current.unavailable ? 'refused' : 'kept';
    const data = current.data;
    const own: FieldValues = {};
    let changed = false;
    for (const [key, value] of Object.entries(values)) {
      if ((SHARED_FIELDS as readonly string[]).includes(key)) {
        changed ||= data.shared[key as SharedField] !== value;
        data.shared[key as SharedField] = value;
      } else {
        changed ||= data.letters[letter]?.[key] !== value;
        own[key] = value;
      }
    }
    // Nothing to change, nothing written: this tab's copy of the storage may lag behind another
    // tab's newer write, and writing it back would undo that write (a page that opens and
    // saves what it just read).
    if (!changed) return 'saved';
    data.letters[letter] = { ...data.letters[letter], ...own };
    if (isEmpty(data)) storage.removeItem(STORAGE_KEY);
    else storage.setItem(STORAGE_KEY, JSON.stringify({ version: VERSION, ...data }));
    return 'saved';
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'refused';
  }
}
