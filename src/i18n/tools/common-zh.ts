import type { CommonText } from './dictionary';

export const commonZh: CommonText = {
  toolLabel: '工具',
  toolSource: '（本站提供，不是原文的一部分）',
  needsJavaScript: '这个估算器需要启用 JavaScript 才能使用。',
  errors: {
    empty: '请填写这一项。',
    notNumber: '请只填写数字，例如 1234.50。',
    negative: '不能是负数。',
    tooPrecise: '小数位太多了，请检查。',
    notPositive: '请填写大于 0 的数。',
    amountTooLarge: '金额太大了，请检查是否多打了数字。',
    rateTooHigh: '日利率不能超过 1%。请填写页面上显示的数字，例如 0.05。',
    multipleTooHigh: '倍数不能超过 10，请检查。',
    daysNotWhole: '请填写整数天数。',
    daysTooMany: '天数不能超过 3650 天（10 年），请检查。',
  },
};
