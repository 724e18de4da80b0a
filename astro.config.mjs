// @ts-check
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig, envField } from 'astro/config';
import { adminBundle } from './src/integrations/adminBundle/index.ts';
import { securityHeaders } from './src/integrations/securityHeaders.ts';
import { LOCALES } from './src/lib/i18n/locales.ts';
import { DEFAULT_SITE_URL } from './src/lib/site/siteUrl.ts';

// The public address of the site; feeds and canonical URLs are absolute. Set SITE_URL when deploying.
const site = process.env.SITE_URL || DEFAULT_SITE_URL;

export default defineConfig({
  site,
  outDir: process.env.OUT_DIR || './dist',
  // Astro's own cache (the content data store) per checkout, not in a node_modules that checkouts may share.
  cacheDir: './.astro/cache',
  integrations: [react(), sitemap({ filter: (page) => !page.includes('/admin/') }), securityHeaders(), adminBundle()],
  build: { inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // A page, feed or QR image whose cacheKey (src/lib/site/cacheKeys.ts) and code are unchanged is
  // copied from the previous build (kept in .astro/cache/dist/).
  experimental: { incrementalBuild: true },
  // Japanese at today's addresses; English and やさしい日本語 under /en/ and /easy/ (src/lib/i18n/locales.ts).
  i18n: { locales: [...LOCALES], defaultLocale: 'ja', routing: { prefixDefaultLocale: false } },
  // The CMS settings (README "Environment"), read by admin/init.ts from astro:env/client and
  // compiled into /admin/ at build time: all public, never a secret. Astro checks them at start.
  env: {
    schema: {
      DECAP_BACKEND_REPO: envField.string({ context: 'client', access: 'public', optional: true }),
      DECAP_BACKEND_BRANCH: envField.string({ context: 'client', access: 'public', default: 'main' }),
      DECAP_BASE_URL: envField.string({ context: 'client', access: 'public', optional: true, url: true }),
      DECAP_AUTH_ENDPOINT: envField.string({ context: 'client', access: 'public', optional: true }),
      DECAP_BACKEND_NAME: envField.enum({
        context: 'client',
        access: 'public',
        values: ['github', 'git-gateway'],
        default: 'github',
      }),
      DECAP_CONTENT_ROOT: envField.string({ context: 'client', access: 'public', default: 'content' }),
      DECAP_SITE_URL: envField.string({ context: 'client', access: 'public', optional: true, url: true }),
      // decap-server on this machine: its port (`npm run dev` starts it there), or its whole API address.
      DECAP_PORT: envField.number({
        context: 'client',
        access: 'public',
        default: 8081,
        int: true,
        min: 1,
        max: 65535,
      }),
      DECAP_LOCAL_BACKEND_URL: envField.string({ context: 'client', access: 'public', optional: true, url: true }),
      // `npm run dev -- --workflow` sets it: drafts, review and 公開 on local branches.
      DECAP_LOCAL_WORKFLOW: envField.boolean({ context: 'client', access: 'public', default: false }),
    },
  },
  vite: {
    server: { watch: { ignored: ['**/dist/**', '**/dist.builds/**', '**/.tmp/**'] } },
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
