import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hubNames, liveContent } from './liveContent';
import type { ReadFolder, StoredFile } from './siteCheck';

const FIXTURE = path.resolve(import.meta.dirname, '../tests/fixtures/small');
const FOLDERS = { hubs: 'content/hubs', calendars: 'content/calendars', pages: 'content/pages' };
const SETTINGS = 'content/settings/site.yaml';
const file = (relative: string): StoredFile => ({
  path: `content/${relative}`,
  raw: readFileSync(path.join(FIXTURE, relative), 'utf8'),
});

/** The fixture content as a backend would list it, counting the reads. */
function fixtureBackend(): { reads: number; read: ReadFolder } {
  const backend = {
    reads: 0,
    read: async (folder: string): Promise<StoredFile[]> => {
      backend.reads += 1;
      if (folder === FOLDERS.hubs) return ['hubs/weekday-hub.md', 'hubs/irregular-hub.md'].map(file);
      if (folder === FOLDERS.calendars) return [file('calendars/weekday-hub-2026-10.yaml')];
      if (folder === 'content/settings') return [file('settings/site.yaml')];
      return [];
    },
  };
  return backend;
}

describe('liveContent', () => {
  it('reads hubs, calendars and settings once, and again only after a save', async () => {
    const backend = fixtureBackend();
    const live = liveContent(backend.read, FOLDERS, SETTINGS);
    const state = await live.settled();
    expect(state.status).toBe('ready');
    if (state.status !== 'ready') return;
    expect(state.content.hubs.map((hub) => hub.slug).sort()).toEqual(['irregular-hub', 'weekday-hub']);
    expect(state.content.months.map((month) => month.month)).toEqual(['2026-10']);
    expect(state.content.settings?.yearEndFrom).toBeDefined();
    expect(hubNames(live).get('weekday-hub')).toBe('テスト平日サロン');
    const reads = backend.reads;
    live.request();
    expect(backend.reads).toBe(reads);
    live.invalidate();
    expect(live.current().status).toBe('reading');
    // The names stay available to the calendars list while the content is read again.
    expect(hubNames(live).get('weekday-hub')).toBe('テスト平日サロン');
    live.request();
    expect((await live.settled()).status).toBe('ready');
    expect(backend.reads).toBe(reads * 2);
  });

  it('reports a failed read without retrying at once', async () => {
    let reads = 0;
    const live = liveContent(
      async () => {
        reads += 1;
        throw new Error('offline');
      },
      FOLDERS,
      SETTINGS,
    );
    expect((await live.settled()).status).toBe('failed');
    const after = reads;
    live.request();
    expect(reads).toBe(after);
  });
});
