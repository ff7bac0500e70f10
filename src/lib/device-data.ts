/**
 * Everything the site keeps in the reader's browser, one localStorage key per tool, all under
 * one prefix, so that "clear all my data on this device" can find every one of them, including
 * backups a tool keeps of data it could not read.
 */
export const STORAGE_PREFIX = 'weilidai-guide:';

/** The keys a tool uses: `storageKey('plan')` = "weilidai-guide:plan". */
export function storageKey(name: string): string {
  return `${STORAGE_PREFIX}${name}`;
}

/** Every key of this site's in `storage`. */
export function siteKeys(storage: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(STORAGE_PREFIX)) keys.push(key);
  }
  return keys;
}

/** Removes everything this site keeps in `storage`; returns the keys it removed. */
export function clearSiteData(storage: Storage): string[] {
  const keys = siteKeys(storage);
  for (const key of keys) storage.removeItem(key);
  return keys;
}

/**
 * Dispatched on `document` after clearSiteData in this tab, so every tool on the page can empty
 * its form (other tabs learn of it from the `storage` event).
 */
export const SITE_DATA_CLEARED = 'site-data-cleared';
