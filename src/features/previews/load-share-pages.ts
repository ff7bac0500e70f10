import { loadGuide } from '../../guide/load';
import { t } from '../../i18n';
import { type SharePage, sharePages } from './share-pages';

let pages: Promise<SharePage[]> | undefined;

/** Every shareable page of this build (computed once), for page metadata and social images. */
export function loadSharePages(): Promise<SharePage[]> {
  pages ??= loadGuide().then(({ guide }) => sharePages(guide, t));
  return pages;
}
