import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { parseHeadersFile } from '../../src/security/csp.ts';
import { DIST } from './dist.ts';

export interface StaticSite {
  origin: string;
  /** Absolute URL of a site path under the base the site is served at. */
  url(path: string): string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /**
   * Send text files gzip-compressed (Content-Encoding: gzip) to a client that accepts it, as a
   * real host does: for timings under a throttled network (npm run bench). Off by default.
   */
  gzip?: boolean;
}

/** Text types a host compresses; images and Pagefind's already-compressed files are sent as they are. */
const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|xml|txt)$/;

/** A copy of dist/ with a .gz beside each text file, for sirv's `gzip` option (dist/ stays as built). */
function gzippedCopy(dist: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'guide-gzip-'));
  cpSync(dist, copy, { recursive: true });
  for (const entry of readdirSync(copy, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
  }
  return copy;
}

/**
 * Serves a built site on loopback, as a static host would: directory indexes, the 404 page for
 * unknown paths, and the site under `base` (e.g. `/guide/`) when it was built for one.
 */
export async function serveDist(dist = DIST, base = '/', options: ServeOptions = {}): Promise<StaticSite> {
  const prefix = base.replace(/\/$/, '');
  const root = options.gzip ? gzippedCopy(dist) : dist;
  // Send the headers a static host would send from the build's _headers file (CSP and friends).
  const headersPath = join(dist, '_headers');
  const siteHeaders = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : {};
  const files = sirv(root, {
    dev: false,
    etag: true,
    gzip: options.gzip ?? false,
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
        server.close(() => {
          if (root !== dist) rmSync(root, { recursive: true, force: true });
          resolve();
        });
      }),
  };
}
