import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { HEADER_LINE_LIMIT, type PagePolicy, parsePolicy, siteHeadersFile } from './csp';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** dist/zh/plan/index.html → /zh/plan/ */
function sitePath(out: string, file: string): string {
  return `/${relative(out, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * Writes dist/_headers after the build, from the policies Astro put in the pages: the hashes
 * change whenever a script or style does, so this file cannot be written by hand. Fails the build,
 * naming the page, before a line grows past what Cloudflare Pages accepts.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages: PagePolicy[] = [];
        for (const file of await htmlFiles(out)) {
          const match = META.exec(await readFile(file, 'utf8'));
          if (!match?.[1]) throw new Error(`${file} has no Content-Security-Policy <meta>`);
          pages.push({ page: sitePath(out, file), policy: parsePolicy(match[1].replaceAll('&#39;', "'")) });
        }
        const text = siteHeadersFile(pages);
        await writeFile(join(out, '_headers'), text);
        const longest = Math.max(...text.split('\n').map((line) => line.length));
        logger.info(
          `_headers written from ${pages.length} pages' policies (longest line ${longest} of ${HEADER_LINE_LIMIT} characters)`,
        );
      },
    },
  };
}
