import { storageKey } from '../../lib/device-data';
import { isEmptyPlan, type Plan, toPlan } from './plan';

/**
 * Where the worksheet keeps the plan: localStorage, one key for every language (the data holds
 * no language), as { version: 1, plan }. Nothing is ever sent anywhere.
 */
export const STORAGE_KEY = storageKey('plan');

/** The stored plan, or null when there is none or it cannot be read. */
export function loadPlan(storage: Storage): Plan | null {
  try {
    const stored = storage.getItem(STORAGE_KEY);
    if (!stored) return null;
    const data = JSON.parse(stored) as { plan?: unknown };
    return toPlan(data.plan);
  } catch {
    return null;
  }
}

/** Saves the plan (an empty one removes the key); false when the browser refused. */
export function savePlan(storage: Storage, plan: Plan): boolean {
  try {
    if (isEmptyPlan(plan)) storage.removeItem(STORAGE_KEY);
    else storage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, plan }));
    return true;
  } catch {
    return false;
  }
}

export function clearPlan(storage: Storage): void {
  try {
    storage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing was stored.
  }
}
