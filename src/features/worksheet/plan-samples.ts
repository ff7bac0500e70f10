import { blankRow, type Plan } from './plan';

/** A plan with something in every part, for the worksheet's unit tests. */
export const SAMPLE: Plan = {
  owed: '12,345.67',
  dueDate: '2026-12-31',
  sums: [
    { date: '2026-12-01', amount: '3000', source: 'spending', details: '少点外卖 | 自己做饭' },
    { date: '', amount: '', source: '', details: '' },
    {
      date: '2026-12-10',
      amount: '5000.5',
      source: 'family',
      details: 'Line one\nline two with \\ and <br> literally',
    },
    { date: '2026-12-20', amount: '', source: 'other', details: '' },
  ],
  risks: [{ risk: '工资晚发', response: '先用备用资金' }],
  reserveAmount: '800',
  reserveDetails: 'In a separate account\nnot touched',
  contacts: [
    {
      ...blankRow('contacts'),
      date: '2026-11-28',
      time: '14:30',
      who: '王先生',
      number: '95384',
      how: 'call',
      said: 'Asked when I can pay | ref 123',
      promised: 'He will send the amount by SMS',
      agreed: 'Pay in full by 31 Dec',
    },
    { ...blankRow('contacts'), date: '2026-11-20', how: 'sms', said: '催收短信' },
  ],
};
