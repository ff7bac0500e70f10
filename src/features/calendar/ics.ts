import { addDays, isIsoDate } from './dates';

/**
 * iCalendar (RFC 5545) files written on the reader's device: all-day events for deadlines and
 * planned dates, ready to import into a phone's calendar. Pure: no DOM, no clock (the caller
 * passes `now`), no network. Lines end in CRLF and are folded at 75 octets without splitting a
 * UTF-8 character; text values escape backslash, semicolon, comma and line breaks.
 */

/** One all-day event. */
export interface CalendarEvent {
  /** Globally unique and stable for the same event, so importing it again updates rather than duplicates. */
  uid: string;
  /** The day, YYYY-MM-DD (a calendar date, no time zone). */
  date: string;
  summary: string;
  description?: string | undefined;
  /** A reminder at 09:00 the day before (the calendar app's local time). */
  remindDayBefore?: boolean | undefined;
}

export const PRODID = '-//Weilidai overdue guide//Reminders 1.0//EN';

/** The domain part of every UID: reserved (RFC 2606), so it can never be anyone's real host. */
export const UID_DOMAIN = 'weilidai-guide.invalid';

/** TEXT value escaping (RFC 5545 §3.3.11): \ ; , and line breaks. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * One content line folded (RFC 5545 §3.1): no line longer than 75 octets before its CRLF; each
 * continuation starts with a space. Breaks fall between characters, never inside one.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line may hold 75 octets; a continuation 74 after its leading space.
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** YYYY-MM-DD → YYYYMMDD, the DATE value form. */
function dateValue(date: string): string {
  return date.replace(/-/g, '');
}

/** A UTC DATE-TIME value: 20261128T093000Z. */
function utcStamp(now: Date): string {
  return `${now.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  if (!isIsoDate(event.date)) throw new Error(`Event ${event.uid} has no valid date: ${event.date}`);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${dateValue(event.date)}`,
    `DTEND;VALUE=DATE:${dateValue(addDays(event.date, 1))}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  // A reminder, not time taken: the day stays free in the reader's calendar.
  lines.push('TRANSP:TRANSPARENT');
  if (event.remindDayBefore) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(event.summary)}`,
      // From the start of the day (00:00) back 15 hours: 09:00 the day before.
      'TRIGGER:-PT15H',
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

/** A whole .ics file for `events`, stamped with `now`. */
export function icsCalendar(events: readonly CalendarEvent[], now: Date): string {
  const stamp = utcStamp(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/**
 * A UID from what makes an event itself (its kind, its date and what it says), so the same event
 * exported twice has the same UID and a calendar updates it instead of adding a copy.
 */
export function eventUid(kind: string, date: string, text: string): string {
  // FNV-1a over the UTF-16 code units: short, stable, and enough to tell events of one day apart.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${kind}-${dateValue(date)}-${hash.toString(16).padStart(8, '0')}@${UID_DOMAIN}`;
}
