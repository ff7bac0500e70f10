import type { Dictionary } from '../../i18n/dictionary';

/** The worksheet's strings its script uses; the page renders the rest on the server. */
export const SCRIPT_KEYS = [
  'printedOn',
  'sumLegend',
  'riskLegend',
  'callLegend',
  'removeSum',
  'removeRisk',
  'removeCall',
  'totalPlanned',
  'totalOwed',
  'shortfall',
  'surplus',
  'exact',
  'needOwed',
  'notCounted',
  'listSeparator',
  'importDone',
  'importFailed',
  'cleared',
  'saved',
  'storageFailed',
  'fileName',
] as const satisfies ReadonlyArray<keyof Dictionary['worksheet']>;
export type WorksheetScriptText = Pick<Dictionary['worksheet'], (typeof SCRIPT_KEYS)[number]>;

/** What the worksheet's script is handed in `data-strings`. */
export interface WorksheetStrings {
  /** BCP 47 tag: money and dates are written in it. */
  locale: string;
  worksheet: WorksheetScriptText;
  errors: Dictionary['forms']['errors'];
}

export function worksheetStrings(locale: string, dict: Dictionary): WorksheetStrings {
  const worksheet = Object.fromEntries(SCRIPT_KEYS.map((key) => [key, dict.worksheet[key]])) as WorksheetScriptText;
  return { locale, worksheet, errors: dict.forms.errors };
}
