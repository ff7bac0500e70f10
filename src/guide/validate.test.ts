import { describe, expect, it } from 'vitest';
import { page, validGuide } from '../../tests/helpers/sources';
import type { PageSource } from './model';
import { formatProblems, translationFile, validateGuide } from './validate';

function withChange(change: (sources: PageSource[]) => void): PageSource[] {
  const sources = validGuide();
  change(sources);
  return sources;
}

function find(sources: PageSource[], lang: string, key: string): PageSource {
  const found = sources.find((s) => s.lang === lang && s.key === key);
  if (!found) throw new Error(`fixture ${lang}/${key} missing`);
  return found;
}

describe('validateGuide', () => {
  it('accepts a complete guide', () => {
    expect(validateGuide(validGuide())).toEqual([]);
  });

  it('names the file whose translation is missing, and the file to add', () => {
    const problems = validateGuide(withChange((s) => s.splice(s.indexOf(find(s, 'en', 'causes')), 1)));
    expect(problems).toContainEqual({
      file: 'content/zh/causes.mdx',
      message: 'has no en translation: add content/en/causes.mdx',
    });
  });

  it('requires an overview in every language', () => {
    const problems = validateGuide(withChange((s) => s.splice(s.indexOf(find(s, 'zh', 'overview')), 1)));
    expect(problems.map((p) => p.file)).toContain('content/zh/overview.mdx');
  });

  it('rejects a duplicate heading id on a page', () => {
    const problems = validateGuide(
      withChange((s) => {
        for (const lang of ['zh', 'en']) find(s, lang, 'causes').headings[1]!.id = 'income-change';
      }),
    );
    expect(problems).toContainEqual({ file: 'content/zh/causes.mdx', message: 'duplicate heading id "income-change"' });
  });

  it('rejects the same id on two pages, which would clash on the whole-guide page', () => {
    const problems = validateGuide(
      withChange((s) => {
        for (const lang of ['zh', 'en']) find(s, lang, 'strategies').headings[0]!.id = 'income-change';
      }),
    );
    expect(problems.some((p) => p.file === 'content/zh/strategies.mdx' && p.message.includes('whole-guide'))).toBe(
      true,
    );
  });

  it('rejects ids that differ between the languages', () => {
    const problems = validateGuide(withChange((s) => (find(s, 'en', 'causes').headings[0]!.id = 'income')));
    expect(
      problems.some(
        (p) => p.file === 'content/en/causes.mdx' && p.message.includes('differ from content/zh/causes.mdx'),
      ),
    ).toBe(true);
  });

  it('rejects a heading without an id and says how to write one', () => {
    const problems = validateGuide(withChange((s) => (find(s, 'zh', 'causes').headings[0]!.id = undefined)));
    expect(problems.some((p) => p.file === 'content/zh/causes.mdx' && p.message.includes('has no id'))).toBe(true);
  });

  it('rejects ids that are not lower-case ASCII words', () => {
    const problems = validateGuide(
      withChange((s) => {
        for (const lang of ['zh', 'en']) find(s, lang, 'causes').headings[0]!.id = '收入变化';
      }),
    );
    expect(problems.some((p) => p.message.includes('lower-case ASCII'))).toBe(true);
  });

  it('rejects ids the page shell uses or section keys', () => {
    const problems = validateGuide(
      withChange((s) => {
        for (const lang of ['zh', 'en']) find(s, lang, 'causes').headings[0]!.id = 'main';
        for (const lang of ['zh', 'en']) find(s, lang, 'causes').headings[1]!.id = 'strategies';
      }),
    );
    expect(problems.filter((p) => p.message.includes('used by the page itself'))).toHaveLength(4);
  });

  it('rejects headings deeper than level 2', () => {
    const problems = validateGuide(withChange((s) => (find(s, 'zh', 'causes').headings[0]!.depth = 3)));
    expect(problems.some((p) => p.message.includes('level 3'))).toBe(true);
  });

  it('rejects a section whose key is a built-in page', () => {
    const sources = [...validGuide(), page('zh', 'full', 5), page('en', 'full', 5)];
    expect(validateGuide(sources).some((p) => p.file === 'content/zh/full.mdx')).toBe(true);
  });

  it('rejects orders that clash or differ between languages', () => {
    const clash = validateGuide(withChange((s) => (find(s, 'zh', 'strategies').order = 1)));
    expect(clash.some((p) => p.message.includes('already used'))).toBe(true);
    const differ = validateGuide(withChange((s) => (find(s, 'en', 'strategies').order = 7)));
    expect(differ.some((p) => p.file === 'content/en/strategies.mdx' && p.message.includes('differs'))).toBe(true);
  });

  describe('links', () => {
    const broken = (link: string) =>
      validateGuide(withChange((s) => find(s, 'zh', 'strategies').links.push(link))).filter(
        (p) => p.file === 'content/zh/strategies.mdx',
      );

    it('accepts links to pages, headings, the whole guide and external sites', () => {
      for (const link of [
        '/en/causes/',
        '/zh/full/#raise-funds',
        '/zh/full/#causes',
        '/zh/plan/',
        '#raise-funds',
        'https://example.com/',
      ]) {
        expect(broken(link)).toEqual([]);
      }
    });

    it('names a link to a page that does not exist', () => {
      expect(broken('/zh/nowhere/')).toEqual([
        { file: 'content/zh/strategies.mdx', message: 'broken link "/zh/nowhere/": no page at /zh/nowhere/' },
      ]);
    });

    it('names a link to a heading that does not exist', () => {
      expect(broken('/zh/causes/#missing')[0]?.message).toBe(
        'broken link "/zh/causes/#missing": /zh/causes/ has no heading with id "missing"',
      );
      expect(broken('#income-change')[0]?.message).toContain('/zh/strategies/ has no heading with id "income-change"');
    });

    it('refuses relative links, which break between the section and whole-guide pages', () => {
      expect(broken('../causes/')[0]?.message).toContain('from the site root');
    });
  });
});

describe('translationFile', () => {
  it('swaps the language folder', () => {
    expect(translationFile('content/zh/causes.mdx', 'zh', 'en')).toBe('content/en/causes.mdx');
    expect(translationFile('/tmp/x/content/en/zh.mdx', 'en', 'zh')).toBe('/tmp/x/content/zh/zh.mdx');
  });
});

describe('formatProblems', () => {
  it('lists every problem with its file', () => {
    expect(
      formatProblems([
        { file: 'a.mdx', message: 'one' },
        { file: 'b.mdx', message: 'two' },
      ]),
    ).toBe("The guide's content has 2 problems:\n  a.mdx: one\n  b.mdx: two");
  });

  it('keeps the site’s own pages after the article and of one kind in every language', () => {
    const sources = withChange((all) => {
      find(all, 'zh', 'causes').kind = 'site';
    });
    const messages = validateGuide(sources).map((p) => `${p.file}: ${p.message}`);
    expect(messages).toContainEqual(
      expect.stringMatching(/^content\/zh\/causes\.mdx: order 1 puts a page of this site's/),
    );
    expect(messages).toContainEqual(expect.stringMatching(/^content\/en\/causes\.mdx: kind article differs from/));
    const after = withChange((all) => {
      for (const lang of ['zh', 'en'] as const) all.push({ ...page(lang, 'help', 9), kind: 'site' });
    });
    expect(validateGuide(after)).toEqual([]);
  });
});
