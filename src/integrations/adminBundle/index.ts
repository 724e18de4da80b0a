import { cpSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { CMS_ENTRY, PREBUILDING } from './shared';
import { prebuiltBundle } from './store';

/**
 * /admin/ in a production build: the CMS (admin/init.ts and Decap) comes prebuilt from
 * .astro/admin-bundle (store.ts), rebuilt only when a file it was made of, the packages or
 * the compiled-in env changed; bundling Decap took ~5 s and ~600 MB in every build. The page
 * keeps its own small script (admin/framing.ts), whose import of admin/init.ts loads the
 * prebuilt entry instead, a same-origin file (CSP script-src 'self'). `astro dev` is untouched.
 */
/** What the build log says (tests/adminBundle.test.ts reads it). */
export const BUNDLE_REUSED = '/admin/ のCMSは前回作ったものを使います(変更なし)';
export const BUNDLE_BUILT = '/admin/ のCMSを作りました';

export function adminBundle(): AstroIntegration {
  let bundleDir: string | undefined;
  return {
    name: 'kyosei-admin-bundle',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build' || (globalThis as Record<symbol, unknown>)[PREBUILDING]) return;
        const root = fileURLToPath(config.root);
        const bundle = prebuiltBundle(root, process.env);
        logger.info(bundle.reused ? BUNDLE_REUSED : BUNDLE_BUILT);
        bundleDir = bundle.dir;
        updateConfig({ vite: { plugins: [loadPrebuilt(path.join(root, CMS_ENTRY), bundle.info.entry)] } });
      },
      'astro:build:done': ({ dir }) => {
        if (bundleDir)
          cpSync(path.join(bundleDir, '_astro'), fileURLToPath(new URL('_astro/', dir)), { recursive: true });
      },
    },
  };
}

/** admin/init.ts becomes a module that imports the prebuilt entry by its URL (left to the browser). */
function loadPrebuilt(entryFile: string, entryUrl: string): Plugin {
  return {
    name: 'kyosei-admin-prebuilt',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      if (id.split('?')[0] !== entryFile) return;
      return `const entry = ${JSON.stringify(entryUrl)};\nvoid import(/* @vite-ignore */ entry);\n`;
    },
  };
}
