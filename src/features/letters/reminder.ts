import { type CalendarEvent, eventUid, icsCalendar } from '../calendar/ics';
import { dueSentence, type ReplyDue } from './deadlines';
import type { ReminderText } from './strings';
import type { ReminderKind } from './templates';

/** The "reply due" event: its summary, and a description that says how the date was counted. */
export function reminderEvent(kind: ReminderKind, reply: ReplyDue, text: ReminderText, locale: string): CalendarEvent {
  const summary = kind === 'objection' ? text.objectionSummary : text.pbocSummary;
  const fact = kind === 'objection' ? text.objectionDescription : text.pbocDescription;
  return {
    uid: eventUid(`${kind}-reply`, reply.due, `${reply.from} ${summary}`),
    date: reply.due,
    summary,
    description: `${dueSentence(reply, text, locale)}\n${fact}`,
    remindDayBefore: true,
  };
}

/** The file's name: "reply-due-reminder-2026-12-21.ics". */
export function reminderFileName(text: ReminderText, reply: ReplyDue): string {
  return `${text.fileName}-${reply.due}.ics`;
}

/**
 * Makes the .ics file on the device and hands it to the browser as a download; returns its name.
 * Loaded only when the reader asks for the file.
 */
export function downloadReminder(kind: ReminderKind, reply: ReplyDue, text: ReminderText, locale: string): string {
  const ics = icsCalendar([reminderEvent(kind, reply, text, locale)], new Date());
  const name = reminderFileName(text, reply);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  return name;
}
