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
    callsSection: '与客服的沟通记录',
    agreed: '约定的内容',
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
    callsSection: 'Calls with customer service',
    agreed: 'What was agreed',
  },
};

/**
 * Every set of labels a file may have been written with: today's in each language, and the
 * English section names of files exported before the worksheet spoke to the reader as "you".
 */
export const READABLE_PLAN_LABELS: readonly PlanLabels[] = [
  ...Object.values(planFileLabels),
  { ...planFileLabels.en, owedSection: 'What I must repay', risksSection: 'What could go wrong, and what I will do' },
];
