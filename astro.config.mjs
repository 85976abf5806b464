// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { contentGuard } from './src/lib/build/content-guard.ts';
import { atomicOutDir } from './src/lib/build/atomic-out-dir.ts';
import { chapterRedirectsFile } from './src/lib/build/chapter-redirects.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { joinCitations } from './src/lib/mdx/join-citations.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from './src/lib/content-dir.ts';

// Netlify sets URL to the site's main address; elsewhere it is the address explainer.json gives.
const site = process.env.URL ?? JSON.parse(readFileSync(join(contentDir, 'explainer.json'), 'utf8')).url;

export default defineConfig({
  site,
  trailingSlash: 'ignore',
  markdown: { syntaxHighlight: false },
  // joinCitations: a citation mark stays on the line of the word before it. atomicOutDir comes last:
  // it moves the finished output, _redirects included, into place.
  integrations: [contentGuard(contentDir), mdx({ processor: satteri({ mdastPlugins: [joinCitations] }) }), sitemap(), chapterRedirectsFile(contentDir), atomicOutDir()],
  vite: {
    plugins: [tailwindcss()],
    build: {
      // Astro writes a small script with no imports into the page. The custom elements'
      // definitions (src/components/elements/*Script.astro) stay cached files instead: written
      // into a chapter, they ran in the task before its first paint and put its LCP at 1.12 times
      // its text-only copy's in the bench (1.00 as files). Anything else keeps Vite's default.
      assetsInlineLimit: (file) => (/(^|\/)[A-Za-z]+Script\.astro_astro_type_script/.test(file) ? false : undefined),
      rolldownOptions: {
        // Astro's own MDX modules carry the directive "use astro:head-inject", which the bundler
        // warns about in a box per chapter (withastro/astro#18087): harmless, and it buried real
        // messages. Only that exact warning is dropped.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
          handler(level, log);
        },
      },
    },
  },
  security: {
    // Astro hashes its own scripts and styles into a <meta> CSP on each page; the headers in
    // netlify.toml add what a <meta> CSP cannot carry (frame-ancestors and friends).
    csp: {
      algorithm: 'SHA-256',
      directives: ["default-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'"],
    },
  },
  devToolbar: { enabled: false },
  scopedStyleStrategy: 'class',
});
