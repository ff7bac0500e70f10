import { preferredLang } from './preferred-language';

// The links on the page already carry the right URLs (with any deploy base), so read them
// rather than rebuild them; replace() keeps this page out of the Back history.
const lang = preferredLang(navigator.languages ?? [navigator.language]);
const link = lang && document.querySelector<HTMLAnchorElement>(`a[data-lang="${lang}"]`);
if (link) window.location.replace(link.href);
