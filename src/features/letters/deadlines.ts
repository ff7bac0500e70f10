import type { CalendarText } from '../../i18n/dictionary';
import { format, formatDate } from '../../lib/text';
import { addDays, isIsoDate } from '../calendar/dates';
import type { FieldValues } from './storage';
import type { ReminderKind } from './templates';

/**
 * "Reply due" dates, from shared/facts.md only: an objection is checked and answered in writing
 * within 20 days of its receipt (征信业管理条例 Art. 25); a complaint to the local branch of the
 * People's Bank of China within 30 days of its acceptance (Art. 26). The facts give no deadline
 * for WeBank's answer to a complaint or to a request to negotiate, so those have none. How the
 * days are counted (calendar or working days, the first day or not) is not in the facts: the
 * date given is simply the start date plus the days, and is said to be so.
 */
export const OBJECTION_REPLY_DAYS = 20;
export const PBOC_REPLY_DAYS = 30;

/** The reminder fields each kind asks for (saved with the letter's own fields). */
export const REMINDER_FIELDS: Record<ReminderKind, readonly string[]> = {
  objection: ['sentOn', 'receivedOn'],
  pboc: ['acceptedOn'],
  none: [],
};

export interface ReplyDue {
  due: string;
  /** The date counted from. */
  from: string;
  /** What that date is: the delivery time is unknown, so a date counted from sending says so. */
  counted: 'received' | 'sent' | 'accepted';
}

export function replyDue(kind: ReminderKind, values: FieldValues): ReplyDue | null {
  const date = (key: string) => {
    const value = (values[key] ?? '').trim();
    return isIsoDate(value) ? value : undefined;
  };
  if (kind === 'objection') {
    const received = date('receivedOn');
    if (received) return { due: addDays(received, OBJECTION_REPLY_DAYS), from: received, counted: 'received' };
    const sent = date('sentOn');
    if (sent) return { due: addDays(sent, OBJECTION_REPLY_DAYS), from: sent, counted: 'sent' };
    return null;
  }
  if (kind === 'pboc') {
    const accepted = date('acceptedOn');
    return accepted ? { due: addDays(accepted, PBOC_REPLY_DAYS), from: accepted, counted: 'accepted' } : null;
  }
  return null;
}

export type DueText = Pick<CalendarText, 'objectionDue' | 'objectionDueFromSent' | 'pbocDue'>;

/** The sentence under the reminder's dates, e.g. "20 days from 1 December 2026, when they received it, is …". */
export function dueSentence(reply: ReplyDue, text: DueText, locale: string): string {
  const template =
    reply.counted === 'received'
      ? text.objectionDue
      : reply.counted === 'sent'
        ? text.objectionDueFromSent
        : text.pbocDue;
  return format(template, { from: formatDate(locale, reply.from), date: formatDate(locale, reply.due) });
}
