import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseMarkdownDocument } from '../src/lib/content/documents';
import { problemsOfSave, type ReadFolder, slugOfPath } from './siteCheck';

const FIXTURE = path.resolve(import.meta.dirname, '../tests/fixtures/small');
const repo = mkdtempSync(path.join(tmpdir(), 'kyosei-sitecheck-'));
cpSync(FIXTURE, path.join(repo, 'content'), { recursive: true });
afterAll(() => rmSync(repo, { recursive: true, force: true }));

/** The files of a folder of this temporary repository, as decap-server lists them. */
const readFolder: ReadFolder = async (folder, extension) =>
  readdirSync(path.join(repo, folder))
    .filter((name) => name.endsWith(`.${extension}`))
    .map((name) => ({ path: `${folder}/${name}`, raw: readFileSync(path.join(repo, folder, name), 'utf8') }));
const folders = { hubs: 'content/hubs', calendars: 'content/calendars', pages: 'content/pages' };

const weekdayCalendar = {
  hub: 'weekday-hub',
  month: '2026-10',
  openDays: [],
  closures: [{ date: '2026-10-14', reason: '設備点検' }],
  specialOpenings: [],
};

describe('the whole-site check before a save', () => {
  it('lets an edit through that breaks nothing', async () => {
    const problems = await problemsOfSave(readFolder, folders, {
      collection: 'calendars',
      path: 'content/calendars/weekday-hub-2026-10.yaml',
      data: weekdayCalendar,
    });
    expect(problems).toEqual([]);
  });

  it('refuses a second calendar for the same hub and month, naming the other file', async () => {
    const problems = await problemsOfSave(readFolder, folders, {
      collection: 'calendars',
      path: '',
      data: weekdayCalendar,
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('content/calendars/weekday-hub-2026-10.yaml');
    expect(problems[0]).toContain('1つにまとめてください');
  });

  it('refuses 運営日 on a hub with fixed weekdays and points to 特別開所', async () => {
    const problems = await problemsOfSave(readFolder, folders, {
      collection: 'calendars',
      path: 'content/calendars/weekday-hub-2026-10.yaml',
      data: { ...weekdayCalendar, openDays: [{ date: '2026-10-17' }] },
    });
    expect(problems.join()).toContain('「特別開所」に追加してください');
  });

  it('refuses a calendar for a hub that does not exist', async () => {
    const problems = await problemsOfSave(readFolder, folders, {
      collection: 'calendars',
      path: '',
      data: { ...weekdayCalendar, hub: 'no-such-hub', month: '2026-11', closures: [] },
    });
    expect(problems.join()).toContain('登録されていません');
  });

  it('refuses a change to a published hub or page slug, and allows one on a new entry', async () => {
    const hub = readFileSync(path.join(repo, 'content/hubs/weekday-hub.md'), 'utf8');
    expect(hub).toContain('slug: weekday-hub');
    const renamed = await problemsOfSave(readFolder, folders, {
      collection: 'hubs',
      path: 'content/hubs/weekday-hub.md',
      data: { slug: 'renamed-hub' },
    });
    expect(renamed.join()).toContain('「weekday-hub」は変えられません');
    expect(slugOfPath('content/hubs/weekday-hub.md')).toBe('weekday-hub');
  });

  it('refuses a page on a URL another page or the site already uses', async () => {
    const about = parseMarkdownDocument(readFileSync(path.join(repo, 'content/pages/about.md'), 'utf8'));
    const reserved = await problemsOfSave(readFolder, folders, {
      collection: 'pages',
      path: '',
      data: { ...(about.data as Record<string, unknown>), slug: 'search' },
    });
    expect(reserved.join()).toContain('使えません');
  });

  it('does not block an edit because of a problem already elsewhere', async () => {
    const orphan = path.join(repo, 'content/calendars/gone-hub-2026-10.yaml');
    writeFileSync(orphan, 'hub: gone-hub\nmonth: 2026-10\nclosures: []\nopenDays: []\nspecialOpenings: []\n');
    const problems = await problemsOfSave(readFolder, folders, {
      collection: 'calendars',
      path: 'content/calendars/weekday-hub-2026-10.yaml',
      data: weekdayCalendar,
    });
    rmSync(orphan);
    expect(problems).toEqual([]);
  });
});
