import type { Lang } from '../../lib/languages';
import type { PlanText } from './dictionary';
import { planEn } from './plan-en';
import { planScriptEn } from './plan-script-en';
import { planScriptZh } from './plan-script-zh';
import { planZh } from './plan-zh';

/** The worksheet's strings, for the server-rendered page. */
export const planText: Record<Lang, PlanText> = {
  zh: { ...planZh, ...planScriptZh },
  en: { ...planEn, ...planScriptEn },
};
