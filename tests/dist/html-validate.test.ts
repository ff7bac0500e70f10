import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { allPages, fileFor } from '../helpers/dist.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <meta …> and the formatter keeps them that way; either is valid HTML.
    'void-style': 'off',
    // Astro's scoped styles and CSP hashes are the only inline styles; they are in <style>, not attributes.
    'no-inline-style': 'off',
    // Titles are "Section — Guide title": long in Chinese and English alike, and that is the point.
    'long-title': 'off',
  },
});

describe('the built HTML is valid', () => {
  it.each(allPages())('%s', async (path) => {
    const report = await validator.validateString(readFileSync(fileFor(path), 'utf8'), path);
    const messages = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`),
    );
    expect(messages).toEqual([]);
  });

  it('the validator catches a broken page', async () => {
    const report = await validator.validateString('<!doctype html><html><head></head><body><p><div></p></body></html>');
    expect(report.valid).toBe(false);
  });
});
