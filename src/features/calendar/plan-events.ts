import { format } from '../../lib/text';
import { isIsoDate } from './dates';
import { type CalendarEvent, eventUid } from './ics';

/** The strings planEvents writes into the events, in the reader's language (CalendarText has them). */
export interface PlanEventStrings {
  /** Summary of the repayment due date. */
  planDue: string;
  planDueDescription: string;
  /** Summary of one planned sum; `{amount}` as the reader typed it. */
  planSum: string;
  /** Summary of a planned sum with no amount written. */
  planSumNoAmount: string;
  planSumDescription: string;
}

/** What planEvents reads from the worksheet's plan (the Plan type has these and more). */
export interface PlanDates {
  dueDate: string;
  sums: ReadonlyArray<{ date: string; amount: string }>;
}

/**
 * Calendar events for the worksheet's plan: the repayment due date and each planned sum, each
 * an all-day event with a reminder the day before. Rows without a valid date are left out.
 * For the worksheet's own "add to calendar" (turn them into a file with icsCalendar()).
 */
export function planEvents(plan: PlanDates, strings: PlanEventStrings): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  const due = plan.dueDate.trim();
  if (isIsoDate(due)) {
    events.push({
      uid: eventUid('plan-due', due, strings.planDue),
      date: due,
      summary: strings.planDue,
      description: strings.planDueDescription,
      remindDayBefore: true,
    });
  }
  const seen = new Map<string, number>();
  for (const sum of plan.sums) {
    const date = sum.date.trim();
    if (!isIsoDate(date)) continue;
    const amount = sum.amount.trim();
    const summary = amount ? format(strings.planSum, { amount }) : strings.planSumNoAmount;
    // Two sums of the same amount on the same day are told apart by their count, not their row,
    // so removing another row does not change a sum's UID.
    const same = (seen.get(`${date} ${summary}`) ?? 0) + 1;
    seen.set(`${date} ${summary}`, same);
    events.push({
      uid: eventUid('plan-sum', date, `${same}:${summary}`),
      date,
      summary,
      description: strings.planSumDescription,
      remindDayBefore: true,
    });
  }
  return events;
}
