import { describe, expect, it } from 'vitest';
import { t } from '../../i18n';
import { dueSentence, replyDue } from './deadlines';

describe('reply-due dates', () => {
  it('counts an objection’s 20 days from its receipt when the reader knows it', () => {
    expect(replyDue('objection', { sentOn: '2026-12-01', receivedOn: '2026-12-04' })).toEqual({
      due: '2026-12-24',
      from: '2026-12-04',
      counted: 'received',
    });
  });

  it('otherwise from the day it was sent, and says the real deadline is later by the delivery time', () => {
    const reply = replyDue('objection', { sentOn: '2026-12-20', receivedOn: '' });
    expect(reply).toEqual({ due: '2027-01-09', from: '2026-12-20', counted: 'sent' });
    const en = dueSentence(reply!, t('en').calendar, 'en-GB');
    expect(en).toBe(
      '20 days from 20 December 2026, when you sent it, is 9 January 2027. The real deadline counts from when they received it, so it is later by the time it took to arrive.',
    );
    expect(dueSentence(reply!, t('zh').calendar, 'zh-CN')).toMatch(
      /^从你寄出那天（2026 年 12 月 20 日）算起 20 日，是 2027 年 1 月 9 日。实际期限从对方收到时算起/,
    );
  });

  it('counts a complaint to the People’s Bank of China branch’s 30 days from its acceptance', () => {
    const reply = replyDue('pboc', { acceptedOn: '2026-12-15' });
    expect(reply).toEqual({ due: '2027-01-14', from: '2026-12-15', counted: 'accepted' });
    expect(dueSentence(reply!, t('en').calendar, 'en-GB')).toBe(
      '30 days from 15 December 2026, when it was accepted, is 14 January 2027.',
    );
  });

  it('has no date without a valid start date, and none at all for a negotiation', () => {
    expect(replyDue('objection', {})).toBeNull();
    expect(replyDue('objection', { sentOn: '2026-02-30' })).toBeNull();
    expect(replyDue('pboc', { acceptedOn: '' })).toBeNull();
    expect(replyDue('none', { sentOn: '2026-12-01' })).toBeNull();
  });
});
