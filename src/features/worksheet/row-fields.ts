import type { WorksheetText } from '../../i18n/dictionary';
import { CONTACT_WAYS, type PlanList, SOURCES } from './plan';

/**
 * The fields of each repeated row of the worksheet, in order: one description that the server
 * renders from (PlanRow.astro) and the rows' CSS classes follow (`field--<field>`).
 */
export interface RowField {
  field: string;
  label: keyof WorksheetText;
  /** A date or time picker; default a line of text. */
  type?: 'date' | 'time';
  money?: boolean;
  /** Several lines (a textarea) of this many rows. */
  lines?: number;
  /**
   * A choice: the "none chosen" label, and the choices, named as the exported file names them
   * (file-labels.ts), since a choice is written into the file by that name.
   */
  choice?: { none: keyof WorksheetText; options: readonly string[]; labels: 'sources' | 'ways' };
}

export const ROW_FIELDS: Record<PlanList, readonly RowField[]> = {
  sums: [
    { field: 'date', label: 'date', type: 'date' },
    { field: 'amount', label: 'amount', money: true },
    { field: 'source', label: 'source', choice: { none: 'sourceNone', options: SOURCES, labels: 'sources' } },
    { field: 'details', label: 'details', lines: 1 },
  ],
  risks: [
    { field: 'risk', label: 'risk', lines: 1 },
    { field: 'response', label: 'response', lines: 1 },
  ],
  contacts: [
    { field: 'date', label: 'contactDate', type: 'date' },
    { field: 'time', label: 'time', type: 'time' },
    { field: 'how', label: 'how', choice: { none: 'wayNone', options: CONTACT_WAYS, labels: 'ways' } },
    { field: 'who', label: 'who' },
    { field: 'number', label: 'number' },
    { field: 'said', label: 'said', lines: 2 },
    { field: 'promised', label: 'promised', lines: 2 },
    { field: 'agreed', label: 'agreed', lines: 2 },
  ],
};

/** Each list's row legend ("Sum 2") and remove button ("Remove sum 2"), and its row's CSS kind. */
export const ROW_TEXT: Record<PlanList, { legend: keyof WorksheetText; remove: keyof WorksheetText; kind: string }> = {
  sums: { legend: 'sumLegend', remove: 'removeSum', kind: 'sum' },
  risks: { legend: 'riskLegend', remove: 'removeRisk', kind: 'risk' },
  contacts: { legend: 'contactLegend', remove: 'removeContact', kind: 'contact' },
};
