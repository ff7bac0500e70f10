import type { Lang } from '../../lib/languages';
import { commonEn } from './common-en';
import { commonZh } from './common-zh';
import type { CommonText } from './dictionary';

/** Strings both tools share; the worksheet's script loads only the page's language. */
export const commonText: Record<Lang, CommonText> = { zh: commonZh, en: commonEn };
