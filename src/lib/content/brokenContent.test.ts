import { cpSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { BROKEN_CONTENT, edit, WEEKDAY_HUB } from '../../../tests/support/brokenContent';
import { strictContentLoader } from '../../collections/strictLoader';
import { hubSchema } from '../../schema/hub';
import { loadContent } from './load';
import { ContentError, formatProblems } from './problems';

/**
 * Broken content, every case of tests/support/brokenContent.ts, without a build: what
 * `npm run build` prints is `formatProblems` of what loadContent finds (the content loader logs
 * it before Astro renders anything). tests/broken-content.test.ts runs a few of these cases
 * through the whole build, to prove the build then stops and writes nothing.
 */
const FIXTURE = path.resolve(import.meta.dirname, '../../../tests/fixtures/small');
const roots: string[] = [];

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function brokenCopy(change: (root: string) => void): string {
  const root = mkdtempSync(path.join(tmpdir(), 'kyosei-broken-'));
  roots.push(root);
  cpSync(FIXTURE, root, { recursive: true });
  change(root);
  return root;
}

/** The error loadContent throws on broken content. */
function contentErrorAt(root: string): ContentError {
  try {
    loadContent(root);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('the broken content was accepted');
}

describe('what the build prints for broken content', () => {
  it.each(BROKEN_CONTENT.map((c) => [c.name, c] as const))(
    '%s: stops with a line naming file, field and fix',
    (_name, broken) => {
      const error = contentErrorAt(brokenCopy(broken.change));
      expect(error.problems.length).toBeGreaterThan(0);
      const printed = formatProblems(error.problems);
      const line = printed
        .split('\n')
        .find((candidate) => candidate.includes(broken.file) && candidate.includes(broken.message));
      expect(line, printed).toBeDefined();
      if (broken.fieldLabel) expect(line).toContain(`の「${broken.fieldLabel}」: `);
      // Nothing from the content acts on the terminal: one problem a line, no escapes.
      expect([...printed].filter((char) => char !== '\n' && (char < ' ' || char === '\u007f'))).toEqual([]);
    },
  );

  it.each([
    ['its YAML is broken', (root: string) => edit(root, WEEKDAY_HUB, 'name: テスト平日サロン', 'name: [テスト')],
    [
      'its extension is upper-case',
      (root: string) => renameSync(path.join(root, WEEKDAY_HUB), path.join(root, 'hubs/weekday-hub.MD')),
    ],
  ])('reports a hub whose file cannot be read once, when %s, not as unknown in its calendars', (_name, change) => {
    const { problems } = contentErrorAt(brokenCopy(change));
    expect(problems.map((problem) => problem.file.split('/').slice(-2).join('/'))).toEqual([
      expect.stringMatching(/^hubs\/weekday-hub\.(md|MD)$/),
    ]);
    expect(formatProblems(problems)).not.toContain('登録されていません');
  });

  it('is what the content loader logs before it stops the build', async () => {
    const [broken] = BROKEN_CONTENT;
    if (!broken) throw new Error('no broken-content cases');
    const root = brokenCopy(broken.change);
    const logged: string[] = [];
    const written: string[] = [];
    // What Astro hands a loader in a build (no watcher): a store and a logger.
    const context = {
      collection: 'hubs',
      logger: { error: (message: string) => logged.push(message), warn: () => {}, info: () => {} },
      store: { set: ({ id }: { id: string }) => written.push(id), keys: () => [], delete: () => {} },
      generateDigest: () => '',
    } as unknown as LoaderContext;
    const loader = strictContentLoader(root)('hubs', hubSchema);
    // No stack: Astro prints one for any error that has it, a block of internals after the message.
    await expect(loader.load(context)).rejects.toMatchObject({
      message: expect.stringContaining('コンテンツの検証に失敗しました'),
      stack: '',
    });
    expect(logged).toEqual([formatProblems(contentErrorAt(root).problems)]);
    expect(written).toEqual([]);
  });

  it('lets the dev server start on broken content with every readable file', async () => {
    const root = brokenCopy((dir) => writeFileSync(path.join(dir, 'hubs/weekday-hub.md'), '---\nslug: [\n---\n'));
    const stored: string[] = [];
    const context = {
      collection: 'hubs',
      logger: { error: () => {}, warn: () => {}, info: () => {} },
      store: { set: ({ id }: { id: string }) => stored.push(id), keys: () => [], delete: () => {} },
      generateDigest: () => '',
      watcher: { add: () => {}, on: () => {} },
    } as unknown as LoaderContext;
    await strictContentLoader(root)('hubs', hubSchema).load(context);
    expect(stored.sort()).toEqual(['holiday-hub', 'irregular-hub']);
  });
});
