import { preferredLang } from './preferred-language';

/**
 * `<language-choice>` on the root page: sends the reader on to the language their browser asks
 * for first. The links already carry the right URLs (with any deploy base), so it reads them
 * rather than rebuilding them; replace() keeps the root out of the Back history.
 */
export class LanguageChoice extends HTMLElement {
  connectedCallback(): void {
    const lang = preferredLang(navigator.languages ?? [navigator.language]);
    const link = lang && this.querySelector<HTMLAnchorElement>(`a[data-lang="${lang}"]`);
    if (link) window.location.replace(link.href);
  }
}
