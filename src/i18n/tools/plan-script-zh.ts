import type { PlanScriptText } from './dictionary';

/** What the worksheet's script says in Chinese; it loads only the page's language. */
export const planScriptZh: PlanScriptText = {
  printedOn: (date) => `打印日期：${date}`,
  sumLegend: (n) => `第 ${n} 笔`,
  remove: (what) => `删除${what}`,
  totalPlanned: (money) => `计划筹集：${money}`,
  totalOwed: (money) => `需偿还：${money}`,
  shortfall: (money) => `还差 ${money}`,
  surplus: (money) => `多出 ${money}，可作为备用资金`,
  exact: '正好够还',
  needOwed: '填写需偿还的金额后，这里会显示还差多少。',
  notCounted: (n) => `有 ${n} 笔金额无法识别，未计入合计。`,
  riskLegend: (n) => `第 ${n} 项`,
  callLegend: (n) => `第 ${n} 次沟通`,
  importDone: '已从文件恢复计划。',
  importFailed: '这个文件不是本站导出的还款计划，未做任何更改。',
  cleared: '计划已清除。',
  saved: '已保存在这个浏览器中。',
  storageFailed: '这个浏览器不允许保存（可能处于无痕模式）。请在离开前导出或打印。',
  fileName: '还款计划',
};
