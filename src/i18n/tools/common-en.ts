import type { CommonText } from './dictionary';

export const commonEn: CommonText = {
  toolLabel: 'Tool',
  toolSource: '(added by this site; not part of the original article)',
  needsJavaScript: 'This estimator needs JavaScript to work.',
  errors: {
    empty: 'Please fill this in.',
    notNumber: 'Please use digits only, for example 1234.50.',
    negative: 'This cannot be negative.',
    tooPrecise: 'Too many decimal places: please check.',
    notPositive: 'Please enter a number greater than 0.',
    amountTooLarge: 'That amount is too large: please check for an extra digit.',
    rateTooHigh: 'The daily rate cannot be over 1%. Enter the figure shown, for example 0.05.',
    multipleTooHigh: 'The multiple cannot be over 10: please check.',
    daysNotWhole: 'Please enter a whole number of days.',
    daysTooMany: 'The number of days cannot be over 3,650 (10 years): please check.',
  },
};
