import { planFileLabels } from '../../features/worksheet/file-labels';
import type { Lang } from '../../lib/languages';
import { commonText } from './common';
import type { ToolsDictionary } from './dictionary';
import { estimatorText } from './estimator';
import { planText } from './plan';

/*
 * One module per tool, each holding every language (typed Record<Lang, …>, so a missing key or
 * language is a type error). Browser scripts import only their tool's module, so each page
 * ships only the strings it uses; the first-load budget counts every byte.
 */

/** The reader tools' strings for one language. */
export function toolsText(lang: Lang): ToolsDictionary {
  return {
    ...commonText[lang],
    estimator: estimatorText[lang],
    plan: { ...planText[lang], markdown: planFileLabels[lang] },
  };
}

/** The plan file's labels in every language, so a file exported in one imports in any. */
export const ALL_PLAN_LABELS = Object.values(planFileLabels);

export type { ToolsDictionary };
