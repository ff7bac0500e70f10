import { withBase } from './routes';

/** A site-relative path (`/zh/causes/`) as an href under the configured deploy base. */
export function url(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
