// @ts-check

import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { inSitemap, sitemapLinks } from './src/features/previews/sitemap.ts';
import { pagefindIndex } from './src/features/search/pagefind-integration.ts';
import { remarkGuide } from './src/guide/remark-guide.ts';
import { securityHeaders } from './src/security/headers-integration.ts';

/**
 * The public address of the site and the folder it is served from. Set SITE_URL and BASE_PATH
 * when you deploy (e.g. SITE_URL=https://example.github.io BASE_PATH=/guide/); canonical URLs,
 * previews and the sitemap are built from them.
 */
const site = process.env.SITE_URL ?? 'https://example.com';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  // Tests that build throwaway copies of the project give each copy its own cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  site,
  base,
  trailingSlash: 'always',
  // Styles inline in each page: no render-blocking stylesheet, first paint one round trip sooner.
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    locales: [{ path: 'zh', codes: ['zh-CN', 'zh'] }, 'en'],
    defaultLocale: 'zh',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  security: {
    // A strict policy as a <meta> on every page: Astro hashes its own scripts and styles, so no
    // 'unsafe-inline' is needed. Pagefind's search runs WebAssembly in a worker from this origin.
    // The build writes dist/_headers from these policies (src/security/), adding what a <meta> cannot carry.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    // The guide has no code blocks, and Shiki's inline styles would need 'unsafe-inline'.
    syntaxHighlight: false,
    // Typographic quote replacement would turn the author's “” and our English quotes into
    // guesses; the text already carries the right marks.
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkGfm, [remarkGuide, { base }]],
    }),
  },
  integrations: [
    mdx(),
    securityHeaders(),
    pagefindIndex(),
    // Each page with its translations as alternates, the same list as its hreflang tags.
    sitemap({
      filter: (page) => inSitemap({ site, base }, page),
      serialize: (item) => ({ ...item, links: sitemapLinks({ site, base }, item.url) }),
    }),
  ],
});
