import { statSync } from 'node:fs';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { contentFiles, readContent } from '../lib/content/load';
import { formatProblems } from '../lib/content/problems';
import { contentWarnings } from '../lib/content/programRules';
import { printable } from '../lib/content/textRules';
import { siteYearEnd } from '../lib/schedule/engine';

type Collection = 'hubs' | 'months' | 'pages' | 'settings';
const EMPTY = 'kyosei-empty-collection';

/**
 * Stops a build on broken content. The list above it says everything: Astro prints the stack of
 * any error that has one (a block of internals after the Japanese message), so this has none.
 */
class ContentStopped extends Error {
  constructor(count: number) {
    super(`コンテンツの検証に失敗しました(${count}件)。上の一覧を直してから、もう一度ビルドしてください。`);
    this.name = 'ContentStopped';
    this.stack = '';
  }
}

/**
 * Astro's Loader API over the site's strict reader (src/lib/content/load.ts): strict YAML,
 * UTF-8 and size checks, the zod schemas, the cross-file rules, and Japanese messages that
 * name file, field and fix. Astro's own glob loader would read 2026-02-30 as a March date and
 * cannot check one file against another, so the four collections share one reading of the
 * whole content folder, redone only when a file in it changed.
 */
export function strictContentLoader(root: string) {
  let last: { signature: string; result: ReturnType<typeof readContent> } | undefined;

  function read(logger: LoaderContext['logger']): ReturnType<typeof readContent> {
    const { files } = contentFiles(root);
    const signature = Object.values(files)
      .flat()
      .map((file) => {
        const stat = statSync(file);
        return `${file}:${stat.size}:${stat.mtimeMs}`;
      })
      .join('\n');
    if (last?.signature === signature) return last.result;
    const result = readContent(root);
    const { content, problems } = result;
    if (problems.length > 0) logger.error(formatProblems(problems));
    else {
      for (const warning of contentWarnings(
        content.hubs,
        content.months,
        content.settings && siteYearEnd(content.settings.data),
      )) {
        logger.warn(printable(`確認してください: ${warning.file}: ${warning.message}`));
      }
      logger.info(
        `コンテンツを検証しました: 拠点${content.hubs.length}件、カレンダー${content.months.length}件、ページ${content.pages.length}件`,
      );
    }
    last = { signature, result };
    return result;
  }

  return function collectionLoader<S extends z.ZodType>(collection: Collection, schema: S): Loader {
    async function sync({ store, logger, generateDigest, watcher }: LoaderContext): Promise<void> {
      const { content, problems } = read(logger);
      if (problems.length > 0) {
        // A build stops before any page. The dev server keeps the last good content on screen,
        // or, when it starts with a broken file, shows every file that is readable.
        if (!watcher) throw new ContentStopped(problems.length);
        if (store.keys().length > 0) return;
      }
      const entries =
        collection === 'settings' ? [content.settings].filter((entry) => entry !== undefined) : content[collection];
      const ids = new Set<string>();
      for (const entry of entries) {
        const id = path.basename(entry.file, path.extname(entry.file));
        ids.add(id);
        const data = entry.data as Record<string, unknown>;
        // Astro wants paths relative to the project, even for a CONTENT_DIR outside it. The path is
        // part of the digest: Astro keeps an entry whose digest is unchanged, path and all.
        const filePath = path.relative(process.cwd(), path.resolve(entry.file)).split(path.sep).join('/');
        store.set({
          id,
          data,
          body: entry.body,
          filePath,
          digest: generateDigest({ data, body: entry.body, filePath }),
        });
      }
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      if (entries.length === 0) {
        // No calendar yet is normal; Astro warns on every read of a collection that never held
        // an entry, so make it exist, empty.
        store.set({ id: EMPTY, data: {} });
        store.delete(EMPTY);
      }
    }

    return {
      name: `kyosei-strict-${collection}`,
      schema,
      load: async (context) => {
        await sync(context);
        const { watcher } = context;
        if (!watcher) return;
        // Dev: a new, changed or deleted file shows without a restart.
        watcher.add(root);
        let pending: ReturnType<typeof setTimeout> | undefined;
        watcher.on('all', (_event, changed) => {
          if (!path.resolve(changed).startsWith(root + path.sep)) return;
          clearTimeout(pending);
          pending = setTimeout(() => void sync(context), 50);
        });
      },
    };
  };
}
