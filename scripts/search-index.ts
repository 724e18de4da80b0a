/**
 * The search index, as the build's last step: `tsx scripts/search-index.ts <built site folder>`.
 * It runs in its own process after Astro has exited, so Pagefind's memory (about 1 GB at
 * 2,000 hubs) never adds to Astro's (docs/benchmarks.md).
 */
import { buildSearchIndex } from './search/buildIndex';

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: tsx scripts/search-index.ts <built site folder>');
const report = await buildSearchIndex(outDir);
console.log(
  `検索インデックスを作成しました: ${report.pages}ページ、${report.files}ファイル、${Math.round(report.bytes / 1024)} KB`,
);
