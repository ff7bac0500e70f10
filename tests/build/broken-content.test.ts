import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCopy, MINIMAL_CONTENT } from '../helpers/fixture-build';

function edit(dir: string, file: string, change: (text: string) => string) {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`fixture edit changed nothing in ${file}`);
  writeFileSync(path, after);
}

/**
 * The build stops on bad content and names the file: each rule is unit-tested in
 * src/guide/validate.test.ts and src/features/search/parts.test.ts; these builds prove the
 * wiring, on a minimal copy of the content (the real build, which npm test runs first, is the
 * control: it passes).
 */
describe('the build refuses bad content, naming the file', () => {
  it('the minimal content, untouched, builds (the control for the failures below)', () => {
    const result = buildCopy('minimal-control', () => {}, {}, MINIMAL_CONTENT);
    expect(result.output).not.toMatch(/\[ERROR\]|content\/[^\s]+: /);
    expect(result.status).toBe(0);
  });

  it('invalid frontmatter', () => {
    const result = buildCopy(
      'invalid-frontmatter',
      (dir) => edit(dir, 'content/en/causes.mdx', (text) => text.replace(/^order: 1$/m, 'order: first')),
      {},
      MINIMAL_CONTENT,
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/en/causes.mdx');
    expect(result.output).toMatch(/order.*Expected type `"number"`/);
  });

  it('every guide rule broken at once: each problem listed against its file', () => {
    const result = buildCopy(
      'broken-guide',
      (dir) => {
        rmSync(join(dir, 'content/en/overview.mdx'));
        edit(dir, 'content/zh/causes.mdx', (text) =>
          text
            .replace('#unplanned-expenses', '#income-change')
            .replace('(#income-change)', '(/zh/causes/#no-such-heading)'),
        );
        edit(dir, 'content/en/causes.mdx', (text) => text.replace(/ \\\{#unplanned-expenses\\\}/, ''));
      },
      {},
      MINIMAL_CONTENT,
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/zh/overview.mdx: has no en translation: add content/en/overview.mdx');
    expect(result.output).toContain('content/zh/causes.mdx: duplicate heading id "income-change"');
    expect(result.output).toMatch(/content\/en\/causes\.mdx: heading ".+" has no id/);
    expect(result.output).toContain(
      'content/zh/causes.mdx: broken link "/zh/causes/#no-such-heading": /zh/causes/ has no heading with id "no-such-heading"',
    );
  });

  it('a search word the guide does not say, or a topic listed as outside it that it does, naming the file and the word', () => {
    const result = buildCopy(
      'bad-search-word',
      (dir) =>
        edit(
          dir,
          'content/search/zh.yaml',
          (text) => `${text.replace('guide: [亲友]', 'guide: [亲友, 朋友圈借贷]')}\noutside: [亲友]\n`,
        ),
      {},
      MINIMAL_CONTENT,
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/search/zh.yaml');
    expect(result.output).toContain('"朋友圈借贷" (a guide word) is not in the pages\' text');
    expect(result.output).toContain('"亲友" (listed as outside the guide) is in the pages\' text');
  });
});
