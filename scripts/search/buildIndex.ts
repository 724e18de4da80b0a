import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

export interface SearchIndexReport {
  pages: number;
  files: number;
  bytes: number;
  outputPath: string;
}

export class SearchIndexError extends Error {}

/**
 * Indexes the built HTML in `outDir` and writes the bundle to `<outDir>/pagefind`.
 * Any error Pagefind reports stops the build: a site whose search silently lost pages is worse
 * than no new site at all.
 */
export async function buildSearchIndex(outDir: string): Promise<SearchIndexReport> {
  const fail = (step: string, errors: readonly string[]) =>
    new SearchIndexError(`検索インデックスの作成に失敗しました(${step}): ${errors.join(' / ')}`);
  try {
    const created = await pagefind.createIndex({});
    if (!created.index || created.errors.length > 0) throw fail('createIndex', created.errors);
    const added = await created.index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw fail('addDirectory', added.errors);
    if (added.page_count === 0) throw fail('addDirectory', [`${outDir} にHTMLページがありません`]);
    const outputPath = path.join(outDir, 'pagefind');
    const written = await created.index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw fail('writeFiles', written.errors);
    const { files, bytes } = folderSize(outputPath);
    return { pages: added.page_count, files, bytes, outputPath };
  } finally {
    await pagefind.close();
  }
}

function folderSize(folder: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}
