import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
const TMP = join(ROOT, 'tests', '.tmp');

export interface BuildResult {
  status: number | null;
  output: string;
  dir: string;
}

/** Two pages a language: enough content for the tests that break the build on purpose. */
export const MINIMAL_CONTENT = join(ROOT, 'tests', 'fixtures', 'minimal', 'content');

/**
 * Builds a throwaway copy of the project (sources and content, sharing node_modules) after
 * `change` has edited it, so a test can break the content without touching the real tree.
 * `content` replaces the guide's content (e.g. MINIMAL_CONTENT, which builds far faster).
 */
export function buildCopy(
  name: string,
  change: (dir: string) => void,
  env: Record<string, string> = {},
  content = join(ROOT, 'content'),
): BuildResult {
  const dir = join(TMP, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'public']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true, filter: (source) => !source.endsWith('.test.ts') });
  }
  cpSync(content, join(dir, 'content'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  change(dir);
  // Vitest puts Vite's BASE_URL into process.env, and Astro takes an inherited BASE_URL over the
  // configured base: the copy would silently build for `/` whatever BASE_PATH says.
  const { BASE_URL: _vitestBase, ...parentEnv } = process.env;
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...parentEnv, ASTRO_CACHE_DIR: join(dir, '.cache'), FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    timeout: 180_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, dir };
}
