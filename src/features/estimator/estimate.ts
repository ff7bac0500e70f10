import { type NumberError, type Parsed, parseAmount, parseDecimal } from '../../lib/money';

/**
 * The cost-of-delay estimate. The model is deliberately the simplest honest one, because the
 * lender's real terms are not known to this site:
 *
 *   penalty interest = overdue amount × daily rate × penalty multiple × days
 *
 * Simple daily interest on the overdue amount, no compounding, no fees. The reader's own loan
 * page is the authority; the page says so next to the result.
 *
 * Every value is an integer at a fixed scale (fen; rate in millionths of a percent; multiple in
 * ten-thousandths), multiplied in BigInt and rounded once, half up, to the fen.
 */

/** Daily rate in millionths of a percent: 0.05% → 50_000. */
export const RATE_SCALE = 6;
/** Penalty multiple in ten-thousandths: 1.5 → 15_000. */
export const MULTIPLE_SCALE = 4;
/** 1% a day is already far above any lawful consumer rate; more is surely a typing slip. */
export const MAX_RATE = 1 * 10 ** RATE_SCALE;
export const MAX_MULTIPLE = 10 * 10 ** MULTIPLE_SCALE;
/** Ten years: more is a typing slip. */
export const MAX_DAYS = 3650;
/** How far ahead the table and chart look. */
export const HORIZON_DAYS = 90;

export interface EstimateInput {
  amountFen: number;
  rate: number;
  multiple: number;
  days: number;
}

export type EstimateField = keyof EstimateInput;

export interface EstimatePoint {
  /** Days from today. */
  ahead: number;
  /** Penalty interest in total by then, in fen. */
  totalFen: number;
}

export interface Estimate {
  soFarFen: number;
  dayFen: number;
  weekFen: number;
  /** A month is taken as 30 days; the page says so. */
  monthFen: number;
  points: EstimatePoint[];
}

const DENOMINATOR = 100n * 10n ** BigInt(RATE_SCALE) * 10n ** BigInt(MULTIPLE_SCALE);

/** Penalty interest in fen for a number of days, rounded half up once at the end. */
export function penaltyFen(input: Omit<EstimateInput, 'days'>, days: number): number {
  const numerator = BigInt(input.amountFen) * BigInt(input.rate) * BigInt(input.multiple) * BigInt(days);
  return Number((numerator * 2n + DENOMINATOR) / (2n * DENOMINATOR));
}

export function estimate(input: EstimateInput, step = 15): Estimate {
  const points: EstimatePoint[] = [];
  for (let ahead = 0; ahead <= HORIZON_DAYS; ahead += step) {
    points.push({ ahead, totalFen: penaltyFen(input, input.days + ahead) });
  }
  return {
    soFarFen: penaltyFen(input, input.days),
    dayFen: penaltyFen(input, 1),
    weekFen: penaltyFen(input, 7),
    monthFen: penaltyFen(input, 30),
    points,
  };
}

export type EstimateRaw = Record<EstimateField, string>;
export type EstimateErrors = Partial<Record<EstimateField, NumberError>>;

/** A field's own example in the message for something that is not a number. */
function notNumberAs(parsed: Parsed, error: NumberError): Parsed {
  return !parsed.ok && parsed.error === 'notNumber' ? { ok: false, error } : parsed;
}

function parseRate(text: string): Parsed {
  const parsed = notNumberAs(parseDecimal(text, RATE_SCALE), 'rateNotNumber');
  if (!parsed.ok) return parsed.error === 'amountTooLarge' ? { ok: false, error: 'rateTooHigh' } : parsed;
  if (parsed.value === 0) return { ok: false, error: 'notPositive' };
  if (parsed.value > MAX_RATE) return { ok: false, error: 'rateTooHigh' };
  return parsed;
}

function parseMultiple(text: string): Parsed {
  const parsed = notNumberAs(parseDecimal(text, MULTIPLE_SCALE), 'multipleNotNumber');
  if (!parsed.ok) return parsed.error === 'amountTooLarge' ? { ok: false, error: 'multipleTooHigh' } : parsed;
  if (parsed.value === 0) return { ok: false, error: 'notPositive' };
  if (parsed.value > MAX_MULTIPLE) return { ok: false, error: 'multipleTooHigh' };
  return parsed;
}

function parseDays(text: string): Parsed {
  const parsed = notNumberAs(parseDecimal(text, 0), 'daysNotNumber');
  if (!parsed.ok) {
    if (parsed.error === 'tooPrecise') return { ok: false, error: 'daysNotWhole' };
    return parsed.error === 'amountTooLarge' ? { ok: false, error: 'daysTooMany' } : parsed;
  }
  if (parsed.value > MAX_DAYS) return { ok: false, error: 'daysTooMany' };
  return parsed;
}

const PARSERS: Record<EstimateField, (text: string) => Parsed> = {
  amountFen: (text) => parseAmount(text),
  rate: parseRate,
  multiple: parseMultiple,
  days: parseDays,
};

/** The four typed fields, checked: either an input for estimate() or one error per bad field. */
export function readEstimateInput(
  raw: EstimateRaw,
): { ok: true; input: EstimateInput } | { ok: false; errors: EstimateErrors } {
  const errors: EstimateErrors = {};
  const input: Partial<EstimateInput> = {};
  for (const field of Object.keys(PARSERS) as EstimateField[]) {
    const parsed = PARSERS[field](raw[field]);
    if (parsed.ok) input[field] = parsed.value;
    else errors[field] = parsed.error;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: input as EstimateInput };
}
