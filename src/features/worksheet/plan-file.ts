import type { Lang } from '../../lib/languages';
import { planFromMarkdown, planToMarkdown } from './file-format';
import { planFileLabels, READABLE_PLAN_LABELS } from './file-labels';
import type { Plan } from './plan';

/** Export and import of the worksheet, loaded only when the reader asks for one of them. */
export function planMarkdown(plan: Plan, lang: Lang, exportedOn: string, extra: string[]): string {
  return planToMarkdown(plan, planFileLabels[lang], exportedOn, extra);
}

export function readPlanFile(text: string): Plan | null {
  return planFromMarkdown(text, READABLE_PLAN_LABELS);
}
