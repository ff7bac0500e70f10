import { compactPlan, emptyPlan, isSource, type Plan, SOURCES, type SourceKey } from './plan';

/**
 * The plan as a Markdown file a reader can keep, read, print or mail to themselves, and import
 * again. The file is written in the page's language; reading accepts the labels of every
 * language, so a plan exported in Chinese can be imported on the English page.
 *
 * Table cells escape `\`, `|` and `<` with a backslash and write a line break as `<br>`, so any
 * text survives the round trip and still reads well in a Markdown viewer.
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
  callsSection: string;
  agreed: string;
}

export function escapeCell(value: string): string {
  return value.replace(/[\\|<]/g, (c) => `\\${c}`).replace(/\r?\n/g, '<br>');
}

export function unescapeCell(value: string): string {
  return value.replace(/\\([\\|<])|<br>/g, (_whole, escaped: string | undefined) => escaped ?? '\n');
}

/** Splits `| a | b\|c |` into ['a', 'b|c'] (cells unescaped and trimmed). */
export function splitRow(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  const body = line.trim().replace(/^\|/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\' && i + 1 < body.length) {
      current += c + body[i + 1];
      i++;
    } else if (c === '|') {
      cells.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  if (current.trim() !== '') cells.push(current);
  return cells.map((cell) => unescapeCell(cell.trim()));
}

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
    ...table(
      [labels.date, labels.amount, labels.source, labels.details],
      p.sums.map((s) => [s.date, s.amount, s.source === '' ? '' : labels.sources[s.source], s.details]),
    ),
    '',
    ...(extra.length > 0 ? [...extra, ''] : []),
    `## ${labels.risksSection}`,
    '',
    ...table(
      [labels.risk, labels.response],
      p.risks.map((r) => [r.risk, r.response]),
    ),
    '',
    `## ${labels.reserveSection}`,
    '',
    item(labels.reserveAmount, p.reserveAmount),
    item(labels.reserveDetails, p.reserveDetails),
    '',
    `## ${labels.callsSection}`,
    '',
    ...table(
      [labels.date, labels.agreed],
      p.calls.map((c) => [c.date, c.agreed]),
    ),
    '',
  ];
  return lines.join('\n');
}

type Section = 'owed' | 'sums' | 'risks' | 'reserve' | 'calls';

function sourceFrom(text: string, languages: readonly PlanLabels[]): SourceKey | '' {
  if (isSource(text)) return text;
  for (const labels of languages) {
    const found = SOURCES.find((key) => labels.sources[key] === text);
    if (found) return found;
  }
  return '';
}

/** Reads a file written by planToMarkdown (in any language); null when it is not such a file. */
export function planFromMarkdown(markdown: string, languages: readonly PlanLabels[]): Plan | null {
  const lines = markdown.replace(/^\uFEFF/, '').split(/\r?\n/);
  const titles = new Set(languages.map((l) => l.title));
  if (!lines.some((line) => line.startsWith('# ') && titles.has(line.slice(2).trim()))) return null;

  const sectionOf = new Map<string, Section>();
  for (const l of languages) {
    sectionOf.set(l.owedSection, 'owed');
    sectionOf.set(l.sumsSection, 'sums');
    sectionOf.set(l.risksSection, 'risks');
    sectionOf.set(l.reserveSection, 'reserve');
    sectionOf.set(l.callsSection, 'calls');
  }
  const plan = emptyPlan();
  let section: Section | undefined;
  let tableRow = 0;

  const value = (line: string, label: (l: PlanLabels) => string): string | undefined => {
    for (const l of languages) {
      const prefix = `- ${label(l)}${l.colon}`;
      if (line.startsWith(prefix)) return unescapeCell(line.slice(prefix.length).trim());
      // Tolerate a hand edit that trimmed the space after an English colon.
      const trimmed = `- ${label(l)}${l.colon.trim()}`;
      if (line.startsWith(trimmed)) return unescapeCell(line.slice(trimmed.length).trim());
    }
    return undefined;
  };

  for (const raw of lines) {
    const line = raw.trim();
    if (line.startsWith('## ')) {
      section = sectionOf.get(line.slice(3).trim());
      tableRow = 0;
      continue;
    }
    if (section === 'owed') {
      plan.owed = value(line, (l) => l.owed) ?? plan.owed;
      plan.dueDate = value(line, (l) => l.dueDate) ?? plan.dueDate;
    } else if (section === 'reserve') {
      plan.reserveAmount = value(line, (l) => l.reserveAmount) ?? plan.reserveAmount;
      plan.reserveDetails = value(line, (l) => l.reserveDetails) ?? plan.reserveDetails;
    } else if (section && line.startsWith('|')) {
      tableRow++;
      // Row 1 is the header, row 2 the --- separator.
      if (tableRow <= 2) continue;
      const [a = '', b = '', c = '', d = ''] = splitRow(line);
      if (section === 'sums') plan.sums.push({ date: a, amount: b, source: sourceFrom(c, languages), details: d });
      else if (section === 'risks') plan.risks.push({ risk: a, response: b });
      else if (section === 'calls') plan.calls.push({ date: a, agreed: b });
    }
  }
  return compactPlan(plan);
}
