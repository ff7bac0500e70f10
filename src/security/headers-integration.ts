import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, mergePolicies, parsePolicy } from './csp';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/**
 * Writes dist/_headers after the build, from the policies Astro put in the pages: the hashes
 * change whenever a script or style does, so this file cannot be written by hand.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const policies = [];
        for (const file of await htmlFiles(out)) {
          const match = META.exec(await readFile(file, 'utf8'));
          if (!match?.[1]) throw new Error(`${file} has no Content-Security-Policy <meta>`);
          policies.push(parsePolicy(match[1].replaceAll('&#39;', "'")));
        }
        await writeFile(join(out, '_headers'), headersFile(mergePolicies(policies)));
        logger.info(`_headers written from ${policies.length} pages' policies`);
      },
    },
  };
}
