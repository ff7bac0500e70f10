import { storageKey } from '../../lib/device-data';

/**
 * The worksheet's localStorage keys, in a module of their own so that the page's first script can
 * look for a saved plan without loading the rest. One key for every language (the data holds no
 * language); plans that could not be read are kept under the backup keys until the reader
 * removes them (or clears all their data on this device).
 */
export const PLAN_KEY = storageKey('plan');
export const KEPT_KEY = storageKey('plan-unreadable');

/** True when the key is the plan's or one of its kept copies (`…plan-unreadable`, `…-2`, …). */
export function isWorksheetKey(key: string | null): boolean {
  return key === PLAN_KEY || (key?.startsWith(KEPT_KEY) ?? false);
}
