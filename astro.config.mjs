// @ts-check
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/contentGuard.ts';
import { searchIndex } from './src/integrations/searchIndex.ts';

// The public address of the site; feeds and canonical URLs are absolute. Set SITE_URL when deploying.
const site = process.env.SITE_URL || 'http://localhost:4321';

export default defineConfig({
  site,
  outDir: process.env.OUT_DIR || './dist',
  integrations: [contentGuard(), react(), sitemap({ filter: (page) => !page.includes('/admin/') }), searchIndex()],
  build: { inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  vite: {
    server: { watch: { ignored: ['**/dist/**', '**/.tmp/**'] } },
  },
});
