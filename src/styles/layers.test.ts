import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..');
const ORDER_LINE = readFileSync(join(import.meta.dirname, 'layers.css'), 'utf8').split('\n')[0] ?? '';
const LAYERS = ORDER_LINE.replace(/^@layer |;$/g, '').split(/,\s*/);

const stylesheets = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.css'))
  .map((name) => relative(SRC, join(SRC, name)))
  .sort();

/** The statements at the top level of a stylesheet (comments and nested blocks left out). */
function topLevel(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
  const statements: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (depth === 0 && char !== '}') current += char;
    if (char === '{') {
      if (depth === 0) statements.push(current.slice(0, -1).trim());
      depth++;
    } else if (char === '}') {
      depth--;
      current = '';
    } else if (char === ';' && depth === 0) {
      statements.push(current.slice(0, -1).trim());
      current = '';
    }
  }
  return statements;
}

describe('cascade layers', () => {
  it('declares the order once, with every layer the stylesheets use', () => {
    expect(ORDER_LINE).toMatch(/^@layer [a-z]+(, [a-z]+)*;$/);
    expect(LAYERS).toEqual(['reset', 'tokens', 'base', 'layout', 'components', 'features', 'utilities', 'print']);
  });

  // Astro inlines a page's CSS as <style> blocks in an order it picks: whichever comes first
  // must fix the whole order, so every stylesheet begins with it.
  it.each(stylesheets)('%s begins with the order line and puts every rule in a declared layer', (file) => {
    const css = readFileSync(join(SRC, file), 'utf8');
    expect(css.split('\n')[0]).toBe(ORDER_LINE);
    // An @import brings another of these stylesheets, which this test checks in its own right.
    for (const statement of topLevel(css)
      .slice(1)
      .filter((s) => !s.startsWith('@import'))) {
      const layer = /^@layer ([a-z]+)$/.exec(statement)?.[1];
      expect(LAYERS, `${file}: "${statement}" is outside a declared layer`).toContain(layer);
    }
  });

  it('the check finds a rule outside a layer', () => {
    expect(topLevel(`${ORDER_LINE}\n@layer base { a { color: red } }\n.stray { color: red }`)).toEqual([
      ORDER_LINE.slice(0, -1),
      '@layer base',
      '.stray',
    ]);
  });
});
