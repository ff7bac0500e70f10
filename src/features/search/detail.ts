import type { Script } from './corpus';

/**
 * Questions that ask for a quantity ("how many days overdue before…", 宽限期一般有几天,
 * "12378 opening hours"). The guide gives only a few numbers (5 years a record is kept, 20 days
 * to answer an objection, 30 days to answer a complaint, the hotline's hours); a passage that
 * shares the question's words but not its number does not answer it, and showing it as the
 * answer tells a frightened reader the guide knows when it does not.
 */

export type Quantity = 'day' | 'month' | 'year' | 'hour' | 'time' | 'multiple';

/** A unit of time the reader may name, and how a number of it is written in the guide. */
const STATED: Record<Exclude<Quantity, 'time'>, RegExp> = {
  // "1.5 倍", "twice", "3 times as much": how many times another amount.
  multiple: /\d+(?:\.\d+)?\s*倍|\b(?:\d+(?:\.\d+)?\s+times|twice|double)\b/iu,
  day: /\d+\s*(?:日|天)|\b\d+\s+(?:working\s+)?days?\b/iu,
  month: /\d+\s*个月|\b\d+\s+months?\b/iu,
  // One or two digits: 2013 年 is the year a regulation was issued, not a length of time.
  year: /(?<!\d)\d{1,2}\s*年|\b\d+\s+years?\b/iu,
  hour: /\d+\s*(?:小时|点)|\d{1,2}:\d{2}|\b\d+\s*hours?\b|\b24\/7\b/iu,
};

/**
 * 几天 is as often "a few days" (宽限几天, 晚几天还, 前几年) as "how many days": it asks only
 * after a verb of waiting or keeping (有几天, 保存几年) or before what then happens (几天会…,
 * 几年才…), or at the end of the question (征信几年).
 */
const HAN_FEW = '(?:天|日|年|个月|个小时|小时)';
const HAN_ASKING: Array<[RegExp, Quantity]> = [
  // 几耐: Cantonese for 多久.
  [/多久|多长时间|多少时间|什么时候|啥时候|何时|几耐/u, 'time'],
  [/多少(?:天|日)/u, 'day'],
  [/多少个?月/u, 'month'],
  [/多少年/u, 'year'],
  [/多少个?小时|几点/u, 'hour'],
  [/几倍|多少倍/u, 'multiple'],
  [
    new RegExp(
      `(?<=有|要|是|等|背|存|留|需|得|隔|过)几${HAN_FEW}|(?<![前这近好晚限缓拖了个我你他她们再多])几${HAN_FEW}(?=会|就|才|后|以后|之后|内|能|可以|消|给|啊|呀|呢|[?？]|$)`,
      'u',
    ),
    'time',
  ],
];
const LATIN_ASKING: Array<[RegExp, Quantity]> = [
  [/\bhow many (?:working )?days\b/, 'day'],
  [/\bhow many months\b/, 'month'],
  [/\bhow many years\b/, 'year'],
  [/\bhow many hours\b|\bwhat time\b|\bwhat hours\b|\b(?:opening|business|working|office) hours\b/, 'hour'],
  [/\bhow long\b|\bhow soon\b/, 'time'],
  [/\bhow many times (?:more|higher|as)\b/, 'multiple'],
];

/** The words that ask for a quantity or name its unit, and nothing else. */
const ASKING_WORDS = {
  han: /多久|多长时间|什么时候|啥时候|何时|几耐|多少|几|天|日|年|个|月|小时|时间|点|倍|要|才|能|会|还/gu,
  latin:
    /\b(?:how|long|soon|many|days?|months?|years?|hours?|time|what|when|will|before|after|open(?:ing)?|business|office|working|times)\b/gu,
} as const;

/**
 * Whether a part of the question only asks for the quantity (多久, "how many days"): it is the
 * question, not what the number is about. 保留多久 says what is kept; 多久 alone does not.
 */
export function asksOnly(typed: string, script: Script): boolean {
  return typed.toLowerCase().replace(ASKING_WORDS[script], '').trim() === '';
}

/** The quantity the question asks for, if it asks for one. */
export function askedQuantity(query: string, script: Script): Quantity | undefined {
  const text = query.normalize('NFKC').toLowerCase();
  const patterns = script === 'han' ? HAN_ASKING : LATIN_ASKING;
  const compact = script === 'han' ? text.replace(/\s+/gu, '') : text.replace(/\s+/gu, ' ');
  return patterns.find(([pattern]) => pattern.test(compact))?.[1];
}

/** Whether the text states a number of that unit ("保存 5 年", "within 20 days"). */
export function statesQuantity(text: string, quantity: Quantity): boolean {
  return quantity === 'time'
    ? [STATED.day, STATED.month, STATED.year, STATED.hour].some((pattern) => pattern.test(text))
    : STATED[quantity].test(text);
}

/**
 * The sentences of a stretch of text, as character ranges: a number answers a question only
 * together with the words around it ("收到异议后…20 日内", not the 5 years two lines below).
 */
export function sentences(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  // Not after "Art." before its number: a citation is part of the sentence it supports.
  const boundary = /[。！？!?\n]|\.(?=\s+[^\d\s]|\s*$)/gu;
  boundary.lastIndex = from;
  for (let match = boundary.exec(text); match && match.index < to; match = boundary.exec(text)) {
    const end = match.index + match[0].length;
    if (end > start) out.push([start, end]);
    start = end;
  }
  if (to > start) out.push([start, to]);
  return out;
}

/**
 * Titles in a stretch of text: Chinese in 《》; English, a run of capitalised words naming a law
 * ("Regulation on the Administration of the Credit Reporting Industry", "Criminal Law").
 */
const TITLE = {
  han: /《[^》]*》/gu,
  latin:
    /(?:[A-Z][\w’']*\s+)*(?:Regulation|Law|Measures|Provisions|Rules)\b(?:\s+(?:(?:on|of|the|for|and|in)\s+)*[A-Z][\w’']*)*/gu,
} as const;

/** Ranges of a stretch of text inside a title. */
export function titleRanges(text: string, from: number, to: number, script: Script): Array<[number, number]> {
  return [...text.slice(from, to).matchAll(TITLE[script])].map((m) => [
    from + (m.index ?? 0),
    from + (m.index ?? 0) + m[0].length,
  ]);
}
