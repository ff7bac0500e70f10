import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist.ts';
import { checkLinks } from '../helpers/links.ts';

describe('links in the built site', () => {
  it('every internal link, asset and #anchor resolves', () => {
    expect(checkLinks(DIST)).toEqual([]);
  });

  it('the checker finds a missing page, a missing anchor and a folder without its slash', () => {
    const dist = mkdtempSync(join(tmpdir(), 'links-'));
    try {
      writeFileSync(
        join(dist, 'index.html'),
        '<h1 id="top">x</h1><a href="#top">ok</a><a href="/nope/">page</a><a href="#gone">anchor</a>',
      );
      writeFileSync(join(dist, '404.html'), '<h1>404</h1>');
      const reasons = checkLinks(dist).map((b) => `${b.target}: ${b.reason}`);
      expect(reasons).toEqual(['/nope/: no file /nope/', '#gone: no element with id "gone"']);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
