import { describe, expect, it } from 'vitest';
import { LANGS, SOURCE_LANG } from '../lib/languages';
import { placeholders } from '../lib/text';
import { t } from '.';

/** Every string of a dictionary with its dotted key (`search.resultCount.other`). */
function leaves(value: unknown, key = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[key, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([name, child]) => leaves(child, key ? `${key}.${name}` : name));
}

describe('the dictionaries', () => {
  const source = new Map(leaves(t(SOURCE_LANG)));

  it.each(LANGS.filter((lang) => lang !== SOURCE_LANG))('%s fills in the same placeholders as the source', (lang) => {
    const mismatched = leaves(t(lang))
      .map(([key, value]) => {
        // A plural's `one` form is compared with the source's only form.
        const sourceValue = source.get(key) ?? source.get(key.replace(/\.one$/, '.other'));
        return { key, theirs: placeholders(value), ours: placeholders(sourceValue ?? '') };
      })
      .filter(({ theirs, ours }) => theirs.join() !== ours.join());
    expect(mismatched).toEqual([]);
  });

  it('uses 你, never 您, as the guide does', () => {
    expect(leaves(t('zh')).filter(([, value]) => value.includes('您'))).toEqual([]);
  });

  it('keeps Chinese typography: a space between Han and Latin letters or digits, none before （', () => {
    const bad = leaves(t('zh')).filter(
      ([, value]) =>
        /\p{Script=Han}[A-Za-z0-9{]|[A-Za-z0-9}]\p{Script=Han}/u.test(value) ||
        / （/.test(value) ||
        /\.\.\./.test(value),
    );
    expect(bad).toEqual([]);
  });
});
