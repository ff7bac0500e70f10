import type { PlanScriptText } from './dictionary';

/** What the worksheet's script says in English; it loads only the page's language. */
export const planScriptEn: PlanScriptText = {
  printedOn: (date) => `Printed on ${date}`,
  sumLegend: (n) => `Sum ${n}`,
  remove: (what) => `Remove ${what}`,
  totalPlanned: (money) => `Planned: ${money}`,
  totalOwed: (money) => `To repay: ${money}`,
  shortfall: (money) => `Still short by ${money}`,
  surplus: (money) => `${money} more than you owe: keep it as your reserve`,
  exact: 'Exactly enough',
  needOwed: 'Enter the amount to repay to see what is still missing.',
  notCounted: (n) =>
    `${n} ${n === 1 ? 'amount' : 'amounts'} could not be read and ${n === 1 ? 'is' : 'are'} not counted.`,
  riskLegend: (n) => `Problem ${n}`,
  callLegend: (n) => `Call ${n}`,
  importDone: 'The plan was restored from the file.',
  importFailed: 'That file is not a repayment plan exported from this site. Nothing was changed.',
  cleared: 'The plan was cleared.',
  saved: 'Saved in this browser.',
  storageFailed:
    'This browser does not allow saving (it may be in private mode). Export or print your plan before you leave.',
  fileName: 'repayment-plan',
};
