import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { t } from '../../i18n';
import { icsCalendar } from '../calendar/ics';
import { replyDue } from './deadlines';
import { reminderEvent, reminderFileName } from './reminder';
import { letterStrings } from './strings';

describe('the reply-due reminder', () => {
  it.each(['zh', 'en'] as const)('in %s: an all-day event on the due date that says how it was counted', (lang) => {
    const { reminderText, locale } = letterStrings('objection', lang, t(lang));
    const reply = replyDue('objection', { sentOn: '2026-12-01' })!;
    const event = reminderEvent('objection', reply, reminderText, locale);
    const parsed = new ICAL.Event(
      new ICAL.Component(ICAL.parse(icsCalendar([event], new Date()))).getFirstSubcomponent('vevent')!,
    );
    expect(parsed.startDate.toString()).toBe('2026-12-21');
    expect(parsed.startDate.isDate).toBe(true);
    expect(parsed.summary).toBe(t(lang).calendar.objectionSummary);
    expect(parsed.description).toContain(
      lang === 'zh' ? '实际期限从对方收到时算起' : 'counts from when they received it',
    );
    expect(parsed.description).toContain(lang === 'zh' ? '第二十五条' : 'Art. 25');
    expect(reminderFileName(reminderText, reply)).toBe(`${t(lang).calendar.fileName}-2026-12-21.ics`);
  });

  it('a complaint to the People’s Bank of China branch is due 30 days after acceptance', () => {
    const { reminderText, locale } = letterStrings('complaint', 'en', t('en'));
    const event = reminderEvent('pboc', replyDue('pboc', { acceptedOn: '2026-12-03' })!, reminderText, locale);
    expect(event.date).toBe('2027-01-02');
    expect(event.summary).toBe(t('en').calendar.pbocSummary);
    expect(event.description).toContain('30 days from 3 December 2026, when it was accepted');
  });
});
