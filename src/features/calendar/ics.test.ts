import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { addDays, isIsoDate } from './dates';
import { type CalendarEvent, escapeText, eventUid, foldLine, icsCalendar } from './ics';
import { type PlanEventStrings, planEvents } from './plan-events';

const NOW = new Date('2026-11-28T09:30:15.123Z');
const octets = (text: string) => new TextEncoder().encode(text).length;

/** The file as a real iCalendar parser (ical.js, Mozilla's) reads it: every event's fields. */
function parsed(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return {
    version: calendar.getFirstPropertyValue('version'),
    prodid: calendar.getFirstPropertyValue('prodid'),
    events: calendar.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      const alarm = vevent.getFirstSubcomponent('valarm');
      return {
        uid: event.uid,
        date: event.startDate.toString(),
        allDay: event.startDate.isDate,
        end: event.endDate.toString(),
        summary: event.summary,
        description: event.description,
        stamp: vevent.getFirstPropertyValue('dtstamp')?.toString(),
        alarm: alarm ? String(alarm.getFirstPropertyValue('trigger')) : undefined,
      };
    }),
  };
}

const EVENTS: CalendarEvent[] = [
  {
    uid: eventUid('objection-reply', '2026-12-21', '信用报告异议：答复期限'),
    date: '2026-12-21',
    summary: '信用报告异议：答复期限',
    description:
      '对方收到异议后应在 20 日内核查处理并书面答复（《征信业管理条例》第二十五条）。\n提醒日期按 2026 年 12 月 1 日加 20 日计算；实际期限从对方收到时算起。',
    remindDayBefore: true,
  },
  {
    uid: eventUid('plan-sum', '2027-01-05', 'Planned sum: 3,000.50 yuan'),
    date: '2027-01-05',
    summary: 'Planned sum: 3,000.50 yuan; a\\b',
    description: 'Commas, semicolons; backslashes \\ and\nnew lines',
  },
];

describe('dates', () => {
  it('knows a real date from a malformed or impossible one', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-1')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });

  it('adds calendar days across months, years and leap days', () => {
    expect(addDays('2026-12-01', 20)).toBe('2026-12-21');
    expect(addDays('2026-12-20', 30)).toBe('2027-01-19');
    expect(addDays('2028-02-10', 20)).toBe('2028-03-01');
    expect(addDays('2026-02-10', 20)).toBe('2026-03-02');
    expect(() => addDays('soon', 1)).toThrow();
  });
});

describe('text and lines (RFC 5545 §3.1, §3.3.11)', () => {
  it('escapes backslash, semicolon, comma and line breaks, in that order', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    expect(escapeText('冒号: 不转义')).toBe('冒号: 不转义');
  });

  it('folds at 75 octets, continuation lines starting with a space, never inside a character', () => {
    const long = `DESCRIPTION:${'对方收到异议后应在 20 日内核查处理并书面答复。'.repeat(6)}`;
    const folded = foldLine(long);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    for (const line of lines.slice(1)) expect(line.startsWith(' ')).toBe(true);
    expect(lines.map((line, i) => (i === 0 ? line : line.slice(1))).join('')).toBe(long);
    expect(folded).not.toContain('\uFFFD');
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });
});

describe('icsCalendar', () => {
  const ics = icsCalendar(EVENTS, NOW);

  it('is CRLF throughout, ends with one, and no line is over 75 octets', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('has the calendar properties and each event’s UID, DTSTAMP and all-day dates', () => {
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:-\/\/[^\r]+\r\n/);
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20261221\r\nDTEND;VALUE=DATE:20261222\r\n');
    expect(unfolded).toContain('DTSTAMP:20261128T093015Z\r\n');
    expect(unfolded.match(/^UID:.+@weilidai-guide\.invalid$/gm)).toHaveLength(2);
    expect(unfolded).toContain('SUMMARY:Planned sum: 3\\,000.50 yuan\\; a\\\\b\r\n');
  });

  it('reads back through ical.js with the same dates, summaries and descriptions (round trip)', () => {
    const result = parsed(ics);
    expect(result.version).toBe('2.0');
    expect(result.prodid).toMatch(/Weilidai/);
    expect(result.events).toEqual(
      EVENTS.map((event) => ({
        uid: event.uid,
        date: event.date,
        allDay: true,
        end: addDays(event.date, 1),
        summary: event.summary,
        description: event.description,
        stamp: '2026-11-28T09:30:15Z',
        alarm: event.remindDayBefore ? '-PT15H' : undefined,
      })),
    );
  });

  it('refuses an event without a real date rather than write a broken file', () => {
    expect(() => icsCalendar([{ uid: 'x', date: '2026-02-30', summary: 'x' }], NOW)).toThrow(/valid date/);
  });

  it('gives the same event the same UID and different events different ones', () => {
    expect(eventUid('a', '2026-12-21', 'x')).toBe(eventUid('a', '2026-12-21', 'x'));
    expect(eventUid('a', '2026-12-21', 'x')).not.toBe(eventUid('a', '2026-12-22', 'x'));
    expect(eventUid('a', '2026-12-21', 'x')).not.toBe(eventUid('a', '2026-12-21', 'y'));
    expect(eventUid('a', '2026-12-21', 'x')).not.toBe(eventUid('b', '2026-12-21', 'x'));
  });
});

describe('planEvents (for the worksheet)', () => {
  const strings: PlanEventStrings = {
    planDue: '微粒贷还款截止日期',
    planDueDescription: '按你的还款计划表填写。',
    planSum: '计划筹集的款项：{amount} 元',
    planSumNoAmount: '计划筹集的款项',
    planSumDescription: '按你的还款计划表填写。',
  };

  it('makes the due date and each dated sum an event, skipping rows without a valid date', () => {
    const events = planEvents(
      {
        dueDate: '2026-12-31',
        sums: [
          { date: '2026-12-01', amount: '3,000' },
          { date: '', amount: '500' },
          { date: '2026-12-15', amount: '' },
          { date: '2026-12-01', amount: '3,000' },
          { date: '2026-02-30', amount: '1' },
        ],
      },
      strings,
    );
    expect(events.map((e) => [e.date, e.summary])).toEqual([
      ['2026-12-31', '微粒贷还款截止日期'],
      ['2026-12-01', '计划筹集的款项：3,000 元'],
      ['2026-12-15', '计划筹集的款项'],
      ['2026-12-01', '计划筹集的款项：3,000 元'],
    ]);
    expect(new Set(events.map((e) => e.uid)).size).toBe(4);
    expect(events.every((e) => e.remindDayBefore)).toBe(true);
    const back = parsed(icsCalendar(events, NOW)).events;
    expect(back.map((e) => [e.date, e.summary])).toEqual(events.map((e) => [e.date, e.summary]));
  });

  it('keeps a sum’s UID when another row is removed', () => {
    const sums = [
      { date: '2026-12-01', amount: '100' },
      { date: '2026-12-02', amount: '200' },
    ];
    const before = planEvents({ dueDate: '', sums }, strings);
    const after = planEvents({ dueDate: '', sums: sums.slice(1) }, strings);
    expect(after[0]?.uid).toBe(before[1]?.uid);
  });

  it('gives no events for an empty plan', () => {
    expect(planEvents({ dueDate: '', sums: [] }, strings)).toEqual([]);
  });
});
