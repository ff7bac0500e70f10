import { describe, expect, it } from 'vitest';
import { PLAN_KEY } from '../worksheet/keys';
import { emptyPlan } from '../worksheet/plan';
import { storedText } from '../worksheet/storage';
import { saveLetter } from './save';
import { emptyData, letterValues, loadLetters, planOwed, STORAGE_KEY, toData } from './storage';

const NOW = new Date('2026-11-28T09:30:15Z');

/** localStorage as a Map; `fail` makes setItem throw the way browsers do. */
class MemoryStorage implements Storage {
  map = new Map<string, string>();
  fail: 'quota' | 'security' | undefined;
  failGet = false;
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    if (this.failGet) throw new DOMException('denied', 'SecurityError');
    return this.map.get(key) ?? null;
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.fail === 'quota') throw new DOMException('full', 'QuotaExceededError');
    if (this.fail === 'security') throw new DOMException('denied', 'SecurityError');
    this.map.set(key, value);
  }
}

describe('the letters’ storage', () => {
  it('saves a letter under one versioned key, sharing name, phone and ID digits with the other letters', () => {
    const storage = new MemoryStorage();
    expect(saveLetter(storage, 'negotiate', { name: '张三', phone: '138', idLast4: '123X', situation: 'a' }, NOW)).toBe(
      'saved',
    );
    expect(saveLetter(storage, 'objection', { name: '张三', phone: '139', idLast4: '123X', whyWrong: 'b' }, NOW)).toBe(
      'saved',
    );
    expect(JSON.parse(storage.getItem(STORAGE_KEY) ?? '')).toEqual({
      version: 1,
      shared: { name: '张三', phone: '139', idLast4: '123X' },
      letters: { negotiate: { situation: 'a' }, objection: { whyWrong: 'b' } },
    });
    const { data } = loadLetters(storage, NOW);
    expect(letterValues(data, 'negotiate')).toEqual({ name: '张三', phone: '139', idLast4: '123X', situation: 'a' });
    expect(letterValues(data, 'complaint')).toEqual({ name: '张三', phone: '139', idLast4: '123X' });
  });

  it('keeps what another tab saved for another letter', () => {
    const storage = new MemoryStorage();
    saveLetter(storage, 'objection', { whyWrong: 'from tab 1' }, NOW);
    saveLetter(storage, 'complaint', { whatHappened: 'from tab 2' }, NOW);
    expect(loadLetters(storage).data.letters).toEqual({
      objection: { whyWrong: 'from tab 1' },
      complaint: { whatHappened: 'from tab 2' },
    });
  });

  it('writes only the fields it is given, leaving the letter’s others as another tab saved them', () => {
    const storage = new MemoryStorage();
    saveLetter(storage, 'negotiate', { situation: 'a', proposal: 'from tab 1' }, NOW);
    saveLetter(storage, 'negotiate', { situation: 'a, more', name: '张三' }, NOW);
    expect(loadLetters(storage).data).toEqual({
      shared: { name: '张三' },
      letters: { negotiate: { situation: 'a, more', proposal: 'from tab 1' } },
    });
  });

  it('writes nothing when nothing changes, so a tab with an old copy cannot undo a newer write', () => {
    const storage = new MemoryStorage();
    saveLetter(storage, 'negotiate', { situation: 'a', name: '张三' }, NOW);
    const writes: string[] = [];
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (key, value) => {
      writes.push(key);
      setItem(key, value);
    };
    expect(saveLetter(storage, 'negotiate', {}, NOW)).toBe('saved');
    expect(saveLetter(storage, 'negotiate', { situation: 'a', name: '张三' }, NOW)).toBe('saved');
    expect(writes).toEqual([]);
    expect(saveLetter(storage, 'negotiate', { situation: 'a, more' }, NOW)).toBe('saved');
    expect(writes).toEqual([STORAGE_KEY]);
  });

  it('removes the key once everything is empty', () => {
    const storage = new MemoryStorage();
    saveLetter(storage, 'negotiate', { name: 'x' }, NOW);
    saveLetter(storage, 'negotiate', { name: ' ', situation: '' }, NOW);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });

  it.each([
    ['not JSON', '{"version":1,'],
    ['a newer version', JSON.stringify({ version: 2, shared: {}, letters: {} })],
    ['the wrong shape', JSON.stringify({ version: 1, shared: { name: 5 }, letters: {} })],
    ['a letter that is not an object', JSON.stringify({ version: 1, shared: {}, letters: { negotiate: 'x' } })],
  ])('keeps what it cannot read (%s) under a backup key before anything is saved over it', (_, raw) => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, raw);
    const loaded = loadLetters(storage, NOW);
    expect(loaded.data).toEqual(emptyData());
    expect(loaded.backupKey).toBe('weilidai-guide:letters-unreadable-20261128T093015Z');
    expect(storage.getItem(loaded.backupKey ?? '')).toBe(raw);
    // A second unreadable value the same second gets its own key.
    storage.setItem(STORAGE_KEY, `${raw} `);
    expect(loadLetters(storage, NOW).backupKey).toBe('weilidai-guide:letters-unreadable-20261128T093015Z-2');
    expect(saveLetter(storage, 'negotiate', { name: '新' }, NOW)).toBe('saved');
    expect(storage.getItem(loaded.backupKey ?? '')).toBe(raw);
  });

  it('leaves an unreadable value alone, and saves nothing over it, when it cannot be copied aside', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, 'garbage');
    storage.fail = 'quota';
    expect(loadLetters(storage, NOW).keepUnreadable).toBe(true);
    expect(saveLetter(storage, 'negotiate', { name: '新' }, NOW)).toBe('kept');
    expect(storage.map.get(STORAGE_KEY)).toBe('garbage');
  });

  it('reports a full storage and a refused one truthfully', () => {
    const storage = new MemoryStorage();
    storage.fail = 'quota';
    expect(saveLetter(storage, 'negotiate', { name: 'x' }, NOW)).toBe('full');
    storage.fail = 'security';
    expect(saveLetter(storage, 'negotiate', { name: 'x' }, NOW)).toBe('refused');
    storage.fail = undefined;
    storage.failGet = true;
    expect(loadLetters(storage, NOW).unavailable).toBe(true);
    expect(saveLetter(storage, 'negotiate', { name: 'x' }, NOW)).toBe('refused');
  });

  it('ignores keys it does not know and reads what the current version wrote', () => {
    expect(
      toData(
        JSON.stringify({ version: 1, shared: { name: 'a', other: 'b' }, letters: { negotiate: { x: 'y' }, nope: {} } }),
      ),
    ).toEqual({ shared: { name: 'a' }, letters: { negotiate: { x: 'y' } } });
    expect(toData('null')).toBeNull();
  });

  it('reads the worksheet’s amount owed, and nothing when there is none or it is unreadable', () => {
    const storage = new MemoryStorage();
    expect(planOwed(storage)).toBeUndefined();
    // As the worksheet stores it today, and as version 1 did.
    storage.setItem(PLAN_KEY, storedText({ ...emptyPlan(), owed: ' 12,345.67 ' }));
    expect(planOwed(storage)).toBe('12,345.67');
    storage.setItem(PLAN_KEY, JSON.stringify({ version: 1, plan: { owed: '500', dueDate: '' } }));
    expect(planOwed(storage)).toBe('500');
    storage.setItem(PLAN_KEY, storedText(emptyPlan()));
    expect(planOwed(storage)).toBeUndefined();
    storage.setItem(PLAN_KEY, '{');
    expect(planOwed(storage)).toBeUndefined();
  });
});
