import type { Lang } from '../../lib/languages';
import type { EstimatorText } from './dictionary';

/** The cost-of-delay estimator's strings, in every language. Its browser script imports only this module (and common.ts). */
export const estimatorText: Record<Lang, EstimatorText> = {
  zh: {
    title: '拖延成本估算器',
    intro: '填写微信中微粒贷页面或借款合同上的数字，估算罚息的大致金额。所有计算只在你的设备上进行。',
    amount: '逾期金额（元）',
    amountHint: '例如 10000',
    rate: '日利率（%）',
    rateHint: '页面上显示的日利率，例如 0.05',
    multiple: '罚息倍数',
    multipleHint: '罚息利率是日利率的几倍，见借款合同或微粒贷页面。本工具不预设数值。',
    days: '已逾期天数',
    daysHint: '从逾期第一天算起，例如 30',
    submit: '估算',
    fixErrors: '有几项需要修改，请看各项下方的提示。',
    soFar: (money, days) => `到目前为止（${days} 天），罚息约为 ${money}。`,
    perDay: (money) => `每多拖 1 天，约增加 ${money}；`,
    perWeek: (money) => `每多拖 1 周，约增加 ${money}；`,
    perMonth: (money) => `每多拖 1 个月（按 30 天计），约增加 ${money}。`,
    tableCaption: '未来 90 天的罚息累计（估算）',
    columnWhen: '时间',
    columnTotal: '罚息累计',
    today: '今天',
    inDays: (days) => `${days} 天后`,
    chartLabel: (from, to) => `图表：罚息累计从今天的 ${from} 增加到 90 天后的 ${to}，每天增加相同金额。`,
    method: '算法：逾期金额 × 日利率 × 罚息倍数 × 天数，按单利计算，不计复利。',
    authority: '这只是估算。准确金额以微信中微粒贷页面显示为准；估算不含滞纳金、违约金等本工具无法知道的费用。',
    linkText: '用拖延成本估算器算一算',
  },
  en: {
    title: 'Cost-of-delay estimator',
    intro:
      'Enter the figures from your Weilidai page in WeChat or your loan contract to estimate the penalty interest. Everything is worked out on your device.',
    amount: 'Overdue amount (yuan)',
    amountHint: 'For example 10000',
    rate: 'Daily interest rate (%)',
    rateHint: 'The daily rate your loan page shows, for example 0.05',
    multiple: 'Penalty rate multiple',
    multipleHint:
      'How many times the daily rate the penalty rate is: see your loan contract or the Weilidai page. This tool assumes no value.',
    days: 'Days overdue so far',
    daysHint: 'Counting from the first day overdue, for example 30',
    submit: 'Estimate',
    fixErrors: 'Some entries need changing: see the message under each one.',
    soFar: (money, days) => `So far (${days} ${days === 1 ? 'day' : 'days'}), the penalty interest is about ${money}.`,
    perDay: (money) => `Each further day of delay adds about ${money};`,
    perWeek: (money) => `each further week adds about ${money};`,
    perMonth: (money) => `each further month (30 days) adds about ${money}.`,
    tableCaption: 'Penalty interest over the next 90 days (estimate)',
    columnWhen: 'When',
    columnTotal: 'Penalty interest in total',
    today: 'Today',
    inDays: (days) => `In ${days} days`,
    chartLabel: (from, to) =>
      `Chart: the penalty interest grows from ${from} today to ${to} in 90 days, by the same amount each day.`,
    method: 'Method: overdue amount × daily rate × penalty multiple × days; simple interest, no compounding.',
    authority:
      'This is only an estimate. The figure on your Weilidai page in WeChat is the one that counts; the estimate leaves out late fees, default charges and any other fees this tool cannot know.',
    linkText: 'Work it out with the cost-of-delay estimator',
  },
};
