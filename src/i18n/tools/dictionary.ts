import type { PlanLabels } from '../../features/worksheet/file-format';
import type { NumberError } from '../../lib/money';

/**
 * Every string the reader tools (issue 6) show: the cost-of-delay estimator and the repayment-plan
 * worksheet. Kept apart from the site dictionary so the tools can grow without touching it; the
 * same rule holds: a missing or misspelt key in a language is a type error.
 */
export interface CommonText {
  toolLabel: string;
  /** Marks the tool as the site's addition, like the notes. */
  toolSource: string;
  /** Shown where a tool would be when JavaScript is off. */
  needsJavaScript: string;
  /** One message per reason a typed number is refused. */
  errors: Record<NumberError, string>;
}

/** The estimator's own strings (its script loads only these and CommonText). */
export interface EstimatorText {
  title: string;
  intro: string;
  amount: string;
  amountHint: string;
  rate: string;
  rateHint: string;
  multiple: string;
  multipleHint: string;
  days: string;
  daysHint: string;
  submit: string;
  /** Announced and shown when the form has errors. */
  fixErrors: string;
  soFar: (money: string, days: number) => string;
  perDay: (money: string) => string;
  perWeek: (money: string) => string;
  perMonth: (money: string) => string;
  tableCaption: string;
  columnWhen: string;
  columnTotal: string;
  today: string;
  inDays: (days: number) => string;
  chartLabel: (from: string, to: string) => string;
  method: string;
  authority: string;
  /** On the whole-guide page, in place of the estimator. */
  linkText: string;
}

/** The worksheet's strings its browser script needs (loaded for the page's language only). */
export interface PlanScriptText {
  printedOn: (date: string) => string;
  sumLegend: (n: number) => string;
  remove: (what: string) => string;
  totalPlanned: (money: string) => string;
  totalOwed: (money: string) => string;
  shortfall: (money: string) => string;
  surplus: (money: string) => string;
  exact: string;
  needOwed: string;
  notCounted: (n: number) => string;
  riskLegend: (n: number) => string;
  callLegend: (n: number) => string;
  importDone: string;
  importFailed: string;
  cleared: string;
  saved: string;
  storageFailed: string;
  fileName: string;
}

/** The worksheet's strings only the server-rendered page uses. */
export interface PlanPageText {
  /** The page's h1 and the document title's first half. */
  title: string;
  description: string;
  lead: string;
  privacy: string;
  /** Without JavaScript: nothing is saved; print and fill in by hand. */
  noScript: string;
  printedOnBlank: string;
  owedLegend: string;
  owed: string;
  dueDate: string;
  sumsLegend: string;
  sumsHint: string;
  date: string;
  amount: string;
  source: string;
  sourceNone: string;
  details: string;
  addSum: string;
  totalLabel: string;
  risksLegend: string;
  risk: string;
  response: string;
  addRisk: string;
  reserveLegend: string;
  reserveAmount: string;
  reserveDetails: string;
  callsLegend: string;
  callsHint: string;
  callDate: string;
  agreed: string;
  addCall: string;
  actionsLabel: string;
  print: string;
  export: string;
  import: string;
  clear: string;
  clearConfirm: string;
  clearYes: string;
  clearNo: string;
  backToGuide: string;
}

export type PlanText = PlanPageText & PlanScriptText;

export interface ToolsDictionary extends CommonText {
  estimator: EstimatorText;
  plan: PlanText & { markdown: PlanLabels };
}
