const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * The text of a small piece of rendered HTML (a heading's content), for accessible names that
 * repeat it. Headings hold only text and inline elements, so dropping tags is enough.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] === '#') {
        const code = name[1]?.toLowerCase() === 'x' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
        return Number.isFinite(code) ? String.fromCodePoint(code) : entity;
      }
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Fills a dictionary string's `{name}` placeholders. A placeholder with no value stays as it
 * is, so a mistake shows on the page rather than as "undefined"; a unit test holds every
 * language to the same placeholders.
 */
export function format(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** The placeholders a template uses, sorted: `{n} of {total}` → ['n', 'total']. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ''))].sort();
}

/** A plural string for `count` in the language `locale` (a BCP 47 tag), filled in. */
export function plural(
  locale: string,
  forms: { one?: string; other: string },
  count: number,
  values: Readonly<Record<string, string | number>> = {},
): string {
  const form = new Intl.PluralRules(locale).select(count) === 'one' ? (forms.one ?? forms.other) : forms.other;
  return format(form, values);
}

/** Chinese typography: a space between Han characters and Latin letters or digits. */
export function spaceHanLatin(text: string): string {
  return text.replace(/(\p{Script=Han})([A-Za-z0-9])/gu, '$1 $2').replace(/([A-Za-z0-9])(\p{Script=Han})/gu, '$1 $2');
}

/** A calendar date for readers: "17 May 2025", "2025 年 5 月 17 日". `date` may be YYYY-MM-DD. */
export function formatDate(locale: string, date: Date | string): string {
  const value = typeof date === 'string' ? new Date(`${date}T12:00:00Z`) : date;
  const timeZone = typeof date === 'string' ? 'UTC' : undefined;
  return spaceHanLatin(new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(value));
}
