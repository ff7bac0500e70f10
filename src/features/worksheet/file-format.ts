import {
  CONTACT_WAYS,
  type ContactWay,
  compactPlan,
  emptyPlan,
  type FoundValue,
  isEmptyPlan,
  LIST_FIELDS,
  type OverLimit,
  overLimits,
  type Plan,
  type PlanList,
  planProblems,
  type SingleField,
  SOURCES,
  type SourceKey,
  sortedContacts,
  type ValueProblem,
} from './plan';

/**
 * The plan as a Markdown file a reader can keep, read, print or mail to themselves, and import
 * again. The file is written in the page's language; reading accepts the labels of every
 * language and of earlier versions, so a plan exported in Chinese can be imported on the English
 * page, and a file from version 1 (with its calls) still imports.
 *
 * Table cells escape `\`, `|` and `<` with a backslash and write a line break as `<br>`, so any
 * text survives the round trip and still reads well in a Markdown viewer. The contact log is
 * written in time order. The last line marks the end, so that a file cut off on its way (a
 * message length limit, a partial download) is recognised rather than half imported.
 *
 * Reading never guesses: a file that is not a plan, is incomplete, repeats a section or goes
 * beyond the limits is refused with the reason; otherwise the reading says what it holds and
 * everything it could not take (lines, columns) or took as it is but needs correcting (a date
 * that is not a date), for the reader to confirm.
 */

export interface PlanLabels {
  title: string;
  exported: string;
  /** Separates a label from its value: '：' in Chinese, ': ' in English. */
  colon: string;
  owedSection: string;
  owed: string;
  dueDate: string;
  sumsSection: string;
  date: string;
  amount: string;
  source: string;
  details: string;
  sources: Record<SourceKey, string>;
  risksSection: string;
  risk: string;
  response: string;
  reserveSection: string;
  reserveAmount: string;
  reserveDetails: string;
  contactsSection: string;
  time: string;
  who: string;
  number: string;
  how: string;
  ways: Record<ContactWay, string>;
  said: string;
  promised: string;
  agreed: string;
  /** The file's last line. */
  end: string;
}

export type Section = 'owed' | 'sums' | 'risks' | 'reserve' | 'contacts';
export const SECTIONS: readonly Section[] = ['owed', 'sums', 'risks', 'reserve', 'contacts'];
const SECTION_LABEL = {
  owed: 'owedSection',
  sums: 'sumsSection',
  risks: 'risksSection',
  reserve: 'reserveSection',
  contacts: 'contactsSection',
} as const satisfies Record<Section, keyof PlanLabels>;
const ITEMS = {
  owed: ['owed', 'dueDate'],
  reserve: ['reserveAmount', 'reserveDetails'],
} as const satisfies Record<string, readonly SingleField[]>;
const isList = (section: Section): section is PlanList =>
  section === 'sums' || section === 'risks' || section === 'contacts';

export function escapeCell(value: string): string {
  return value.replace(/[\\|<]/g, (c) => `\\${c}`).replace(/\r?\n/g, '<br>');
}

export function unescapeCell(value: string): string {
  return value.replace(/\\([\\|<])|<br>/g, (_whole, escaped: string | undefined) => escaped ?? '\n');
}

/** Splits `| a | b\|c |` into ['a', 'b|c'] (cells unescaped and trimmed). */
export function splitRow(line: string): string[] {
  const cells: string[] = [];
  let start = 0;
  const body = line.trim().replace(/^\|/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') i++;
    else if (c === '|') {
      cells.push(body.slice(start, i));
      start = i + 1;
    }
  }
  const last = body.slice(start);
  if (last.trim() !== '') cells.push(last);
  return cells.map((cell) => unescapeCell(cell.trim()));
}

/** A table row ends with a `|` that is not escaped; one that does not was cut off. */
const rowIsWhole = (line: string) => /(^|[^\\])(\\\\)*\|$/.test(line);

const row = (cells: string[]) => `| ${cells.map((cell) => (cell === '' ? ' ' : escapeCell(cell))).join(' | ')} |`;
const table = (head: string[], body: string[][]) => [
  row(head),
  `|${head.map(() => ' --- ').join('|')}|`,
  ...body.map(row),
];

/** The plan as Markdown; `extra` lines (e.g. the running total) go under the sums, for reading only. */
export function planToMarkdown(plan: Plan, labels: PlanLabels, exportedOn: string, extra: string[] = []): string {
  const p = compactPlan(plan);
  const item = (label: string, value: string) => `- ${label}${labels.colon}${escapeCell(value)}`;
  const choice = (names: Record<string, string>, value: string) => names[value] ?? value;
  const columns = (list: PlanList) => LIST_FIELDS[list].map((field) => labels[field]);
  const cells = (list: PlanList, rows: readonly object[]) =>
    rows.map((r) =>
      LIST_FIELDS[list].map((field) => {
        const value = (r as Record<string, string>)[field] ?? '';
        return field === 'source'
          ? choice(labels.sources, value)
          : field === 'how'
            ? choice(labels.ways, value)
            : value;
      }),
    );
  const lines = [
    `# ${labels.title}`,
    '',
    `${labels.exported}${labels.colon}${exportedOn}`,
    '',
    `## ${labels.owedSection}`,
    '',
    item(labels.owed, p.owed),
    item(labels.dueDate, p.dueDate),
    '',
    `## ${labels.sumsSection}`,
    '',
    ...table(columns('sums'), cells('sums', p.sums)),
    '',
    ...(extra.length > 0 ? [...extra.map((line) => `> ${line}`), ''] : []),
    `## ${labels.risksSection}`,
    '',
    ...table(columns('risks'), cells('risks', p.risks)),
    '',
    `## ${labels.reserveSection}`,
    '',
    item(labels.reserveAmount, p.reserveAmount),
    item(labels.reserveDetails, p.reserveDetails),
    '',
    `## ${labels.contactsSection}`,
    '',
    ...table(columns('contacts'), cells('contacts', sortedContacts(p.contacts))),
    '',
    labels.end,
    '',
  ];
  return lines.join('\n');
}

export type FileRefusal =
  /** No repayment-plan title: some other file. */
  | { reason: 'notPlan' }
  /** The title, and none of the plan's sections. */
  | { reason: 'noContent' }
  /** Every section, all of them empty. */
  | { reason: 'empty' }
  /** A section, or a line of one, appears twice (`label` as the file writes it). */
  | { reason: 'duplicate'; label: string }
  /** Sections the file lacks: it was cut off, or is not a whole export. */
  | { reason: 'missing'; sections: Section[] }
  /** The file stops in the middle of `section`. */
  | { reason: 'cutOff'; section: Section }
  | { reason: 'overLimit'; over: OverLimit };

export type FileNote =
  /** Lines that belong to no entry of the plan, and will not be imported. */
  | { kind: 'skipped'; lines: string[] }
  /** A column the worksheet does not have (`column`: its heading, or its number), and its values. */
  | { kind: 'column'; section: Section; column: string; values: number }
  /** A value taken as it is that needs correcting. */
  | (FoundValue & { kind: 'value'; problem: ValueProblem });

export type FileReading = { ok: true; plan: Plan; notes: FileNote[] } | { ok: false; refusal: FileRefusal };

/** Reads a file written by planToMarkdown, in any language and any version. */
export function readPlanMarkdown(markdown: string, languages: readonly Partial<PlanLabels>[]): FileReading {
  const refuse = (refusal: FileRefusal): FileReading => ({ ok: false, refusal });
  const lines = markdown.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const titles = new Set(languages.map((l) => l.title).filter(Boolean));
  const titleAt = lines.findIndex((line) => line.startsWith('# ') && titles.has(line.slice(2).trim()));
  if (titleAt < 0) return refuse({ reason: 'notPlan' });

  const sectionOf = new Map<string, { section: Section; ends: boolean }>();
  const colons = new Set<string>();
  const ends = new Set<string>();
  const exported = new Set<string>();
  for (const l of languages) {
    for (const section of SECTIONS) {
      const name = l[SECTION_LABEL[section]];
      if (name && !sectionOf.has(name)) sectionOf.set(name, { section, ends: l.end !== undefined });
    }
    if (l.colon) colons.add(l.colon).add(l.colon.trim());
    if (l.end) ends.add(l.end);
    if (l.exported) exported.add(l.exported);
  }
  /** The field a label names in a section (a column heading or an item's label). */
  const fieldFor = (section: Section, label: string): string | undefined => {
    const fields: readonly string[] = isList(section) ? LIST_FIELDS[section] : ITEMS[section];
    for (const l of languages) {
      const found = fields.find((field) => l[field as keyof PlanLabels] === label);
      if (found) return found;
    }
    return undefined;
  };
  const choice = (field: string, text: string): string => {
    const keys: readonly string[] = field === 'how' ? CONTACT_WAYS : SOURCES;
    if (text === '' || keys.includes(text)) return text;
    for (const l of languages) {
      const names = (field === 'how' ? l.ways : l.sources) as Record<string, string> | undefined;
      const found = keys.find((key) => names?.[key] === text);
      if (found) return found;
    }
    return text;
  };
  /** `- label：value`, split at the first colon of any language. */
  const itemOf = (line: string): { label: string; value: string } | undefined => {
    if (!line.startsWith('- ')) return undefined;
    let at = -1;
    let colon = '';
    for (const candidate of colons) {
      const found = line.indexOf(candidate, 2);
      if (found > 2 && (at < 0 || found < at || (found === at && candidate.length > colon.length))) {
        at = found;
        colon = candidate;
      }
    }
    if (at < 0) return undefined;
    return { label: line.slice(2, at).trim(), value: unescapeCell(line.slice(at + colon.length).trim()) };
  };

  const plan = emptyPlan();
  const seen = new Set<Section>();
  const skipped: string[] = [];
  const notes: FileNote[] = [];
  let duplicate: string | undefined;
  let cutOff: Section | undefined;
  let section: Section | undefined;
  let expectsEnd = false;
  let ended = false;
  let itemsSeen = new Set<string>();
  let columns: Array<string | undefined> | undefined;
  let headerPassed = false;
  let unknown: Array<{ column: string; values: number }> = [];

  const closeTable = () => {
    if (section) for (const u of unknown) if (u.values > 0) notes.push({ kind: 'column', section, ...u });
    columns = undefined;
    headerPassed = false;
    unknown = [];
  };

  for (let n = titleAt + 1; n < lines.length; n++) {
    const line = (lines[n] ?? '').trim();
    if (line === '') {
      closeTable();
      continue;
    }
    if (ended) {
      skipped.push(line);
      continue;
    }
    if (ends.has(line)) {
      closeTable();
      ended = true;
      continue;
    }
    if (line.startsWith('## ')) {
      closeTable();
      const name = line.slice(3).trim();
      const found = sectionOf.get(name);
      if (!found) {
        section = undefined;
        skipped.push(line);
        continue;
      }
      if (seen.has(found.section)) duplicate ??= name;
      seen.add(found.section);
      section = found.section;
      if (section === 'contacts') expectsEnd = found.ends;
      itemsSeen = new Set();
      continue;
    }
    if (section === undefined) {
      const item = itemOf(`- ${line}`);
      if (!(item && exported.has(item.label))) skipped.push(line);
      continue;
    }
    if (!isList(section)) {
      const item = itemOf(line);
      const field = item && (fieldFor(section, item.label) as SingleField | undefined);
      if (!item || !field) skipped.push(line);
      else {
        if (itemsSeen.has(field)) duplicate ??= item.label;
        itemsSeen.add(field);
        plan[field] = item.value;
      }
      continue;
    }
    if (!line.startsWith('|')) {
      // Under the sums, the export writes the running total for reading; it is worked out again.
      if (!(section === 'sums' && (line.startsWith('>') || /[¥￥]/.test(line)))) skipped.push(line);
      continue;
    }
    if (!rowIsWhole(line)) {
      cutOff ??= section;
      continue;
    }
    const cells = splitRow(line);
    if (!columns) {
      const list = section;
      columns = cells.map((label) => fieldFor(list, label));
      unknown = cells.map((label, i) => ({ column: label || String(i + 1), values: 0 }));
      continue;
    }
    if (!headerPassed && /^\|(\s*:?-+:?\s*\|)+$/.test(line)) {
      headerPassed = true;
      continue;
    }
    headerPassed = true;
    if (cells.every((cell) => cell === '')) continue;
    const entry: Record<string, string> = Object.fromEntries(LIST_FIELDS[section].map((field) => [field, '']));
    cells.forEach((cell, i) => {
      const field = columns?.[i];
      if (field) entry[field] = field === 'source' || field === 'how' ? choice(field, cell) : cell;
      else if (cell !== '') {
        unknown[i] ??= { column: String(i + 1), values: 0 };
        (unknown[i] as { values: number }).values++;
      }
    });
    (plan[section] as unknown as Record<string, string>[]).push(entry);
  }
  closeTable();

  if (duplicate !== undefined) return refuse({ reason: 'duplicate', label: duplicate });
  if (seen.size === 0) return refuse({ reason: 'noContent' });
  const missing = SECTIONS.filter((s) => !seen.has(s));
  if (missing.length > 0) return refuse({ reason: 'missing', sections: missing });
  if (cutOff) return refuse({ reason: 'cutOff', section: cutOff });
  if (expectsEnd && !ended) return refuse({ reason: 'cutOff', section: 'contacts' });
  const over = overLimits(plan)[0];
  if (over) return refuse({ reason: 'overLimit', over });
  if (isEmptyPlan(plan)) return refuse({ reason: 'empty' });

  if (skipped.length > 0) notes.unshift({ kind: 'skipped', lines: skipped });
  for (const found of planProblems(plan)) notes.push({ kind: 'value', ...found });
  return { ok: true, plan, notes };
}
