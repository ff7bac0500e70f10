import { describe, expect, it } from 'vitest';
import { KEPT_KEY, PLAN_KEY } from './keys';
import { blankRow, emptyPlan, type Plan } from './plan';
import { SAMPLE } from './plan-samples';
import {
  keepUnreadable,
  keptPlans,
  loadPlan,
  planFromData,
  readStoredText,
  removeKept,
  STORAGE_VERSION,
  savePlan,
  storedText,
} from './storage';

/** localStorage in memory, with a quota in characters like a browser's. */
class MemoryStorage implements Storage {
  readonly #items = new Map<string, string>();
  constructor(readonly quota = Number.POSITIVE_INFINITY) {}
  get length() {
    return this.#items.size;
  }
  key(index: number) {
    return [...this.#items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.#items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    const used = [...this.#items].reduce((sum, [k, v]) => sum + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.#items.set(key, value);
  }
  removeItem(key: string) {
    this.#items.delete(key);
  }
  clear() {
    this.#items.clear();
  }
}

const V1 = {
  version: 1,
  plan: {
    owed: '5000',
    dueDate: '2026-12-31',
    sums: [{ date: '2026-12-01', amount: '3000', source: 'spending', details: '少点外卖' }],
    risks: [{ risk: '工资晚发', response: '先用备用资金' }],
    reserveAmount: '800',
    reserveDetails: '',
    calls: [
      { date: '2026-11-28', agreed: '12 月 31 日前还清' },
      { date: '', agreed: 'Called again | no answer' },
    ],
  },
};

describe('stored plans', () => {
  it('round-trip in this version, whole', () => {
    const big: Plan = {
      ...SAMPLE,
      contacts: Array.from({ length: 700 }, () => ({ ...blankRow('contacts'), said: 'x'.repeat(6000) })),
    };
    expect(readStoredText(storedText(SAMPLE))).toEqual({ kind: 'plan', plan: SAMPLE, version: STORAGE_VERSION });
    // Over the form's limits (a hand edit, an older limit): read whole, never cut.
    expect(readStoredText(storedText(big))).toEqual({ kind: 'plan', plan: big, version: STORAGE_VERSION });
  });

  it('migrate version 1 calls to contacts without loss', () => {
    const read = readStoredText(JSON.stringify(V1));
    expect(read).toEqual({
      kind: 'plan',
      version: 1,
      plan: {
        owed: '5000',
        dueDate: '2026-12-31',
        sums: V1.plan.sums,
        risks: V1.plan.risks,
        reserveAmount: '800',
        reserveDetails: '',
        contacts: [
          { ...blankRow('contacts'), date: '2026-11-28', agreed: '12 月 31 日前还清' },
          { ...blankRow('contacts'), agreed: 'Called again | no answer' },
        ],
      },
    });
  });

  it.each([
    ['damaged JSON', '{"version":2,"plan":{"owed":"5', 'damaged'],
    ['a newer version', JSON.stringify({ version: 3, plan: { owed: '1' }, extra: [1] }), 'newer'],
    ['no version', JSON.stringify({ plan: SAMPLE }), 'damaged'],
    ['an unknown field', JSON.stringify({ version: 2, plan: { ...SAMPLE, notes: 'x' } }), 'damaged'],
    ['a row that is not an object', JSON.stringify({ version: 2, plan: { ...SAMPLE, sums: ['x'] } }), 'damaged'],
    ['a field that is not text', JSON.stringify({ version: 2, plan: { ...SAMPLE, owed: { a: 1 } } }), 'damaged'],
    ['v1 calls in a v2 plan', JSON.stringify({ version: 2, plan: V1.plan }), 'damaged'],
  ])('%s is unreadable, kept as it is', (_name, raw, reason) => {
    expect(readStoredText(raw)).toEqual({ kind: 'unreadable', raw, reason });
  });

  it('take numbers as written and missing fields as empty', () => {
    expect(planFromData({ owed: 5000, sums: [{ amount: 12 }] }, 2)).toEqual({
      ...emptyPlan(),
      owed: '5000',
      sums: [{ ...blankRow('sums'), amount: '12' }],
    });
  });
});

describe('saving', () => {
  it('saves, removes an empty plan, and says when storage is full', () => {
    const storage = new MemoryStorage(2000);
    expect(savePlan(storage, SAMPLE)).toBe('saved');
    expect(loadPlan(storage)).toMatchObject({ kind: 'plan', plan: SAMPLE });
    const tooBig = { ...SAMPLE, reserveDetails: 'x'.repeat(3000) };
    expect(savePlan(storage, tooBig)).toBe('full');
    // The plan saved before is still there, whole.
    expect(loadPlan(storage)).toMatchObject({ kind: 'plan', plan: SAMPLE });
    expect(savePlan(storage, emptyPlan())).toBe('saved');
    expect(storage.getItem(PLAN_KEY)).toBeNull();
  });

  it('says when the browser blocks storage', () => {
    const blocked = new MemoryStorage();
    blocked.getItem = () => {
      throw new DOMException('no', 'SecurityError');
    };
    blocked.setItem = blocked.getItem;
    expect(loadPlan(blocked)).toEqual({ kind: 'blocked' });
    expect(savePlan(blocked, SAMPLE)).toBe('blocked');
  });
});

describe('unreadable plans kept aside', () => {
  it('keeps each different text once, under numbered keys, until removed', () => {
    const storage = new MemoryStorage();
    expect(keepUnreadable(storage, 'one')).toBe('saved');
    expect(keepUnreadable(storage, 'one')).toBe('saved');
    expect(keepUnreadable(storage, 'two')).toBe('saved');
    expect(keptPlans(storage)).toEqual([
      { key: KEPT_KEY, raw: 'one' },
      { key: `${KEPT_KEY}-2`, raw: 'two' },
    ]);
    removeKept(storage);
    expect(keptPlans(storage)).toEqual([]);
  });

  it('says when there is no room to keep it', () => {
    expect(keepUnreadable(new MemoryStorage(10), 'x'.repeat(100))).toBe('full');
  });
});
