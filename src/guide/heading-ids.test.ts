import { describe, expect, it } from 'vitest';
import { isValidId, parseHeadingText } from './heading-ids';

describe('parseHeadingText', () => {
  it('splits a trailing {#id} from the text', () => {
    expect(parseHeadingText('优先筹措资金 {#raise-funds}')).toEqual({ text: '优先筹措资金', id: 'raise-funds' });
  });
  it('leaves a heading without an id alone', () => {
    expect(parseHeadingText('Raise the money')).toEqual({ text: 'Raise the money', id: undefined });
  });
  it('reports an empty id as empty, so validation can name it', () => {
    expect(parseHeadingText('Title {#}')).toEqual({ text: 'Title', id: '' });
  });
  it('only reads the id at the end', () => {
    expect(parseHeadingText('{#a} in the middle')).toEqual({ text: '{#a} in the middle', id: undefined });
  });
});

describe('isValidId', () => {
  it.each(['raise-funds', 'a1', 'credit-record'])('accepts %s', (id) => expect(isValidId(id)).toBe(true));
  it.each(['', 'Raise', 'raise--funds', '-x', 'x-', '筹款', 'two words', '1st'])('rejects %j', (id) =>
    expect(isValidId(id)).toBe(false),
  );
});
