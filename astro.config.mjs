// @ts-check
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { securityHeaders } from './src/integrations/securityHeaders.ts';
import { DEFAULT_SITE_URL } from './src/lib/site/siteUrl.ts';

// The public address of the site; feeds and canonical URLs are absolute. Set SITE_URL when deploying.
const site = process.env.SITE_URL || DEFAULT_SITE_URL;

export default defineConfig({
  site,
  outDir: process.env.OUT_DIR || './dist',
  // Astro's own cache (the content data store) per checkout, not in a node_modules that checkouts may share.
  cacheDir: './.astro/cache',
  integrations: [react(), sitemap({ filter: (page) => !page.includes('/admin/') }), securityHeaders()],
  build: { inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  vite: {
    server: { watch: { ignored: ['**/dist/**', '**/.tmp/**'] } },
    // admin/init.ts reads DECAP_* (public CMS settings, never secrets) at build time.
    envPrefix: ['PUBLIC_', 'DECAP_'],
    // Pre-bundle the CMS when `astro dev` starts, so the first visit to /admin/ does not
    // trigger a re-optimisation and a reload mid-load. Cache per checkout, not in a
    // node_modules that several worktrees may share.
    optimizeDeps: { include: ['decap-cms-app', 'immutable'] },
    cacheDir: './.astro/vite',
    build: {
      // Scripts stay external files, never inlined, so a strict CSP (script-src 'self') holds.
      assetsInlineLimit: 0,
      // Only /admin/ ships a big bundle (Decap, ~5.8 MB raw / 1.5 MB gzip); public pages ship no JS.
      chunkSizeWarningLimit: 8000,
      rolldownOptions: {
        // Decap's TOML and gray-matter dependencies use direct eval; harmless and not ours to fix.
        onwarn(warning, warn) {
          if (warning.code === 'EVAL') return;
          warn(warning);
        },
      },
    },
  },
});
