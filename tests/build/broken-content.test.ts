import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCopy } from '../helpers/fixture-build';

function edit(dir: string, file: string, change: (text: string) => string) {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`fixture edit changed nothing in ${file}`);
  writeFileSync(path, after);
}

// Each case builds a broken copy and expects the build to stop with a message naming the file.
describe('the build refuses bad content, naming the file', () => {
  it('a page in one language only', () => {
    const result = buildCopy('missing-translation', (dir) => rmSync(join(dir, 'content/en/summary.mdx')));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/zh/summary.mdx: has no en translation: add content/en/summary.mdx');
  });

  it('invalid frontmatter', () => {
    const result = buildCopy('invalid-frontmatter', (dir) =>
      edit(dir, 'content/en/causes.mdx', (text) => text.replace(/^order: 1$/m, 'order: first')),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/en/causes.mdx');
    expect(result.output).toMatch(/order.*Expected type `"number"`/);
  });

  it('a duplicate heading id', () => {
    const result = buildCopy('duplicate-id', (dir) =>
      edit(dir, 'content/zh/causes.mdx', (text) => text.replaceAll('#unplanned-expenses', '#income-change')),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/zh/causes.mdx: duplicate heading id "income-change"');
  });

  it('heading ids that differ between languages, and a heading without an id', () => {
    const result = buildCopy('heading-ids', (dir) =>
      edit(dir, 'content/en/strategies.mdx', (text) => text.replace(/ \\\{#keep-in-touch\\\}/, '')),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/content\/en\/strategies\.mdx: heading ".+" has no id/);
    expect(result.output).toContain('content/en/strategies.mdx: heading ids [');
  });

  it('an internal link or #anchor that points nowhere', () => {
    const result = buildCopy('broken-link', (dir) =>
      edit(dir, 'content/zh/summary.mdx', (text) => `${text}\n[另见](/zh/strategies/#no-such-heading)\n`),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      'content/zh/summary.mdx: broken link "/zh/strategies/#no-such-heading": /zh/strategies/ has no heading with id "no-such-heading"',
    );
  });

  it('builds the untouched copy (the cases above fail for their reason only)', () => {
    const result = buildCopy('control', () => {});
    expect(result.output).not.toMatch(/problem/);
    expect(result.status).toBe(0);
  });
});
