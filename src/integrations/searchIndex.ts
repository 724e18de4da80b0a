import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from '../lib/search/buildIndex';

/** Writes the Pagefind index into the build output (wherever OUT_DIR put it) once pages exist. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'kyosei-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const report = await buildSearchIndex(fileURLToPath(dir));
        logger.info(
          `検索インデックスを作成しました: ${report.pages}ページ、${report.files}ファイル、${Math.round(report.bytes / 1024)} KB`,
        );
      },
    },
  };
}
