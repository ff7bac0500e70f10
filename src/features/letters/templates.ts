import type { Lang } from '../../lib/languages';
import { LETTER_KEYS } from '../../lib/tool-pages';

/**
 * The three letters: their fields and their text. The letter is always Chinese, because that is
 * what WeBank (and the credit reference centre) read; each other language has a rendering of it
 * so the reader knows what they are sending. Written from ../../../shared/facts.md rows only
 * (Art. 25 for the objection); the drafts are in drafts/help/letters.md.
 *
 * Template syntax: `{key}` is one of the reader's fields. A line ending in OPTIONAL_MARK holds
 * only optional fields and is dropped (marker and all) when any of them is empty; in the blank
 * template (no JavaScript) it is kept, so it can be filled in by hand. Chinese style: a space
 * between a placeholder and Chinese text where the value begins or ends with digits or Latin
 * letters (`后四位 {idLast4}`, `{loanAmount} 元`), none where it is Chinese text (`借款人{name}`);
 * a date begins with digits and ends with 日 (`自 {overdueSince}起`).
 */

export { LETTER_KEYS };
export type LetterKey = (typeof LETTER_KEYS)[number];

/** The languages that show a rendering beside the Chinese letter: every language but Chinese. */
export type RenderingLang = Exclude<Lang, 'zh'>;

export const OPTIONAL_MARK = '〔可选〕';

/** How a field is typed, checked and shown in the letter. */
export type FieldKind = 'text' | 'date' | 'money' | 'long';

export const FIELD_KEYS = [
  'name',
  'phone',
  'idLast4',
  'date',
  'overdueSince',
  'loanAmount',
  'situation',
  'proposal',
  'recipient',
  'entryDescription',
  'whyWrong',
  'correction',
  'evidence',
  'whatHappened',
  'whatYouAsk',
  'attachments',
  'contactedBank',
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

export interface FieldSpec {
  kind: FieldKind;
  required: boolean;
  /**
   * Characters the field takes. Chosen so that a letter with every field full still prints on
   * one A4 page (a browser test fills them all and counts the pages).
   */
  maxlength?: number;
}

export const FIELDS: Record<FieldKey, FieldSpec> = {
  name: { kind: 'text', required: true, maxlength: 40 },
  phone: { kind: 'text', required: true, maxlength: 20 },
  idLast4: { kind: 'text', required: true, maxlength: 4 },
  date: { kind: 'date', required: true },
  overdueSince: { kind: 'date', required: false },
  loanAmount: { kind: 'money', required: false, maxlength: 20 },
  situation: { kind: 'long', required: true, maxlength: 300 },
  proposal: { kind: 'long', required: true, maxlength: 300 },
  recipient: { kind: 'text', required: true, maxlength: 60 },
  entryDescription: { kind: 'long', required: true, maxlength: 300 },
  whyWrong: { kind: 'long', required: true, maxlength: 300 },
  correction: { kind: 'long', required: true, maxlength: 200 },
  evidence: { kind: 'text', required: false, maxlength: 100 },
  whatHappened: { kind: 'long', required: true, maxlength: 600 },
  whatYouAsk: { kind: 'long', required: true, maxlength: 200 },
  attachments: { kind: 'text', required: false, maxlength: 100 },
  contactedBank: { kind: 'long', required: false, maxlength: 300 },
};

/** A field's kind from the table, undefined for a name that is no field (fill.ts's KindOf). */
export function specKind(field: string): FieldKind | undefined {
  return Object.hasOwn(FIELDS, field) ? FIELDS[field as FieldKey].kind : undefined;
}

/** Kept once for all three letters (and the same reader in each). Every other field is the letter's own. */
export const SHARED_FIELDS = ['name', 'phone', 'idLast4'] as const satisfies readonly FieldKey[];
export type SharedField = (typeof SHARED_FIELDS)[number];

export function isShared(key: FieldKey): key is SharedField {
  return (SHARED_FIELDS as readonly string[]).includes(key);
}

/** A text to fill in: the Chinese original and its renderings. */
export interface Template {
  zh: string;
  renderings: Record<RenderingLang, string>;
}

/** Which "reply due" reminder a letter offers (facts.md: Art. 25's 20 days, Art. 26's 30 days). */
export type ReminderKind = 'objection' | 'pboc' | 'none';

export interface LetterSpec {
  /** The fields in the order the form asks for them. */
  fields: readonly FieldKey[];
  letter: Template;
  /** The complaint's words for a call to the 12378 hotline. */
  script?: Template;
  reminder: ReminderKind;
}

export const LETTERS: Record<LetterKey, LetterSpec> = {
  negotiate: {
    fields: ['name', 'idLast4', 'phone', 'overdueSince', 'loanAmount', 'situation', 'proposal', 'date'],
    letter: {
      zh: `微众银行客服：

你好。我是微粒贷借款人{name}，身份证号后四位 {idLast4}，手机号 {phone}。

我的微粒贷借款自 {overdueSince}起逾期。〔可选〕
按微粒贷页面显示，目前待还 {loanAmount} 元。〔可选〕

我目前的情况是：{situation}

我希望和你们协商还款安排。我的想法是：{proposal}

请问能否按这个想法安排还款？如果不行，有哪些可以选择的安排？请通过电话 {phone} 或书面形式回复我。

谢谢。

{name}
{date}`,
      renderings: {
        en: `To WeBank customer service,

Hello. I am {name}, a Weilidai borrower. The last 4 digits of my ID number are {idLast4}; my mobile number is {phone}.

My Weilidai loan has been overdue since {overdueSince}.〔可选〕
According to the Weilidai page, {loanAmount} yuan is now owing.〔可选〕

My current situation: {situation}

I would like to negotiate a repayment arrangement with you. What I propose: {proposal}

Could my repayments be arranged this way? If not, what arrangements are available? Please reply by phone on {phone} or in writing.

Thank you.

{name}
{date}`,
      },
    },
    reminder: 'none',
  },
  objection: {
    fields: ['recipient', 'name', 'idLast4', 'phone', 'entryDescription', 'whyWrong', 'correction', 'evidence', 'date'],
    letter: {
      zh: `{recipient}：

我是{name}，身份证号后四位 {idLast4}，联系电话 {phone}。

我对本人信用报告中的以下信息提出异议：
{entryDescription}

我认为这条信息有错误或遗漏，理由是：
{whyWrong}

我请求：{correction}

根据《征信业管理条例》第二十五条，请你们在收到本异议后 20 日内核查处理，并书面答复我。

附件：{evidence}〔可选〕

此致
敬礼

{name}
{date}`,
      renderings: {
        en: `To {recipient},

I am {name}. The last 4 digits of my ID number are {idLast4}; my phone number is {phone}.

I object to the following information in my credit report:
{entryDescription}

I believe this information is wrong or incomplete, because:
{whyWrong}

My request: {correction}

Under Article 25 of the Regulation on the Administration of the Credit Reporting Industry, please check this and reply to me in writing within 20 days of receiving this objection.

Attached: {evidence}〔可选〕

Yours faithfully,

{name}
{date}`,
      },
    },
    reminder: 'objection',
  },
  complaint: {
    fields: ['name', 'idLast4', 'phone', 'whatHappened', 'whatYouAsk', 'attachments', 'contactedBank', 'date'],
    letter: {
      zh: `微众银行：

我是微粒贷借款人{name}，身份证号后四位 {idLast4}，联系电话 {phone}。

我要投诉以下情况：
{whatHappened}

我希望：{whatYouAsk}

请调查处理，并通过电话 {phone} 或书面形式告诉我处理结果。

附件：{attachments}〔可选〕

此致
敬礼

{name}
{date}`,
      renderings: {
        en: `To WeBank,

I am {name}, a Weilidai borrower. The last 4 digits of my ID number are {idLast4}; my phone number is {phone}.

I wish to complain about the following:
{whatHappened}

What I ask for: {whatYouAsk}

Please look into this and let me know the outcome by phone on {phone} or in writing.

Attached: {attachments}〔可选〕

Yours faithfully,

{name}
{date}`,
      },
    },
    script: {
      zh: `你好，我想投诉微众银行的微粒贷业务。
我叫{name}，联系电话 {phone}。
事情经过：{whatHappened}
我已经向微众银行反映过：{contactedBank}〔可选〕
我希望：{whatYouAsk}`,
      renderings: {
        en: `Hello, I would like to make a complaint about WeBank’s Weilidai loan service.
My name is {name}; my phone number is {phone}.
What happened: {whatHappened}
I have already raised it with WeBank: {contactedBank}〔可选〕
What I ask for: {whatYouAsk}`,
      },
    },
    reminder: 'pboc',
  },
};

export function isLetterKey(value: unknown): value is LetterKey {
  return typeof value === 'string' && (LETTER_KEYS as readonly string[]).includes(value);
}
