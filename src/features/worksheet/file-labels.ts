import type { Lang } from '../../lib/languages';
import type { PlanLabels } from './file-format';

/**
 * The labels of the exported plan file in every language: a file is written in the page's
 * language and read in any. Loaded by the worksheet only when the reader exports or imports.
 */
export const planFileLabels: Record<Lang, PlanLabels> = {
  zh: {
    title: '还款计划',
    exported: '导出日期',
    colon: '：',
    owedSection: '需要偿还的金额',
    owed: '需全额偿还的金额（元）',
    dueDate: '还款截止日期',
    sumsSection: '计划筹集的款项',
    date: '日期',
    amount: '金额（元）',
    source: '来源',
    details: '说明',
    sources: {
      spending: '减少非必要开支',
      family: '寻求亲友支持',
      sell: '变卖闲置物品',
      income: '增收',
      other: '其他',
    },
    risksSection: '可能出现的问题及应对措施',
    risk: '可能出现的问题',
    response: '应对措施',
    reserveSection: '备用资金',
    reserveAmount: '金额（元）',
    reserveDetails: '说明',
    contactsSection: '联系记录',
    time: '时间',
    who: '对方姓名',
    number: '对方号码',
    how: '方式',
    ways: { call: '电话', sms: '短信', wechat: '微信', other: '其他' },
    said: '说了什么',
    promised: '承诺了什么（谁承诺的）',
    agreed: '你同意了什么',
    end: '（计划到此结束）',
  },
  en: {
    title: 'Repayment plan',
    exported: 'Exported',
    colon: ': ',
    owedSection: 'What you must repay',
    owed: 'Amount to repay in full (yuan)',
    dueDate: 'Date it is due',
    sumsSection: 'Planned sums',
    date: 'Date',
    amount: 'Amount (yuan)',
    source: 'Source',
    details: 'Details',
    sources: {
      spending: 'Cut non-essential spending',
      family: 'Ask family and friends for help',
      sell: 'Sell things you no longer need',
      income: 'Earn extra income',
      other: 'Other',
    },
    risksSection: 'What could go wrong, and what you will do',
    risk: 'What could go wrong',
    response: 'What you will do',
    reserveSection: 'Reserve fund',
    reserveAmount: 'Amount (yuan)',
    reserveDetails: 'Details',
    contactsSection: 'Contact log',
    time: 'Time',
    who: 'Who',
    number: 'Their number',
    how: 'How',
    ways: { call: 'Phone call', sms: 'SMS', wechat: 'WeChat', other: 'Other' },
    said: 'What was said',
    promised: 'What was promised, and by whom',
    agreed: 'What you agreed',
    end: '(End of the plan)',
  },
};

/**
 * Labels of files written by earlier versions of the worksheet, still read: version 1 had "calls
 * with customer service" (a date and what was agreed) where the contact log is now, and its first
 * English files spoke in the first person.
 */
export const EARLIER_PLAN_LABELS: readonly Partial<PlanLabels>[] = [
  { contactsSection: '与客服的沟通记录', agreed: '约定的内容' },
  { contactsSection: 'Calls with customer service', agreed: 'What was agreed' },
  { owedSection: 'What I must repay', risksSection: 'What could go wrong, and what I will do' },
];

/** Every set of labels a file may have been written with. */
export const READABLE_PLAN_LABELS: readonly Partial<PlanLabels>[] = [
  ...Object.values(planFileLabels),
  ...EARLIER_PLAN_LABELS,
];
