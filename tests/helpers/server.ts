import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { parseHeadersFile } from '../../src/security/csp.ts';
import { DIST } from './dist.ts';

export interface StaticSite {
  origin: string;
  /** Absolute URL of a site path under the base the site is served at. */
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Serves a built site on loopback, as a static host would: directory indexes, the 404 page for
 * unknown paths, and the site under `base` (e.g. `/guide/`) when it was built for one.
 */
export async function serveDist(dist = DIST, base = '/'): Promise<StaticSite> {
  const prefix = base.replace(/\/$/, '');
  // Send the headers a static host would send from the build's _headers file (CSP and friends).
  const headersPath = join(dist, '_headers');
  const siteHeaders = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : {};
  const files = sirv(dist, {
    dev: false,
    etag: true,
    setHeaders: (res) => {
      for (const [name, value] of Object.entries(siteHeaders)) res.setHeader(name, value);
    },
  });
  const notFound = readFileSync(join(dist, '404.html'));
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (prefix && !(url === prefix || url.startsWith(`${prefix}/`))) {
      res.statusCode = 404;
      res.end('outside the site base');
      return;
    }
    req.url = url.slice(prefix.length) || '/';
    files(req, res, () => {
      res.writeHead(404, { ...siteHeaders, 'content-type': 'text/html; charset=utf-8' });
      res.end(notFound);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${prefix}${path}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
