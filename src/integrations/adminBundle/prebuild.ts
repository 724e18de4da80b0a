/**
 * Builds /admin/'s CMS bundle (admin/init.ts and Decap) on its own, with the site's own Vite
 * config (Astro's, so astro:env and the React setup are the same as in the site's build):
 * `tsx prebuild.ts <project root> <out dir>`. Its own process, so bundling Decap's ~5 MB
 * (~600 MB of memory) never stays in the site build's process.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { getViteConfig } from 'astro/config';
import { build, mergeConfig } from 'vite';
import { sourceInputs } from './cacheKey';
import { BUNDLE_FILE, type BundleInfo, CMS_ENTRY, PREBUILDING } from './shared';

const [root, outDir] = process.argv.slice(2);
if (!root || !outDir) throw new Error('usage: tsx prebuild.ts <project root> <out dir>');

(globalThis as Record<symbol, unknown>)[PREBUILDING] = true;
const astroVite = await getViteConfig({}, { root })({ mode: 'production', command: 'build' });
const built = await build(
  mergeConfig(astroVite, {
    configFile: false,
    root,
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      rolldownOptions: {
        input: { cms: path.join(root, CMS_ENTRY) },
        output: {
          entryFileNames: '_astro/[name].[hash].js',
          chunkFileNames: '_astro/cms-[name].[hash].js',
          assetFileNames: '_astro/cms-[name].[hash][extname]',
        },
      },
    },
  }),
);
const outputs = (Array.isArray(built) ? built : [built]).flatMap((result) => ('output' in result ? result.output : []));
const entry = outputs.find((item) => item.type === 'chunk' && item.isEntry);
if (!entry) throw new Error('the CMS bundle has no entry chunk');
const info: BundleInfo = {
  entry: `${astroVite.base ?? '/'}${entry.fileName}`.replace(/\/{2,}/g, '/'),
  inputs: sourceInputs(
    root,
    outputs.flatMap((item) => (item.type === 'chunk' ? item.moduleIds : [])),
  ),
};
writeFileSync(path.join(outDir, BUNDLE_FILE), JSON.stringify(info, null, 2));
