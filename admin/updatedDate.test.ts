import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEntryFile } from './fileFormats';
import { withSavedDate } from './updatedDate';
import { withoutBlanks } from './validate';

const root = path.resolve(import.meta.dirname, '..');
const page = readFileSync(path.join(root, 'content/pages/about.md'), 'utf8');
// A hub written before the CMS kept 更新日.
const hub = readFileSync(path.join(root, 'content/hubs/yui-cafe.md'), 'utf8').replace(/^updated: .*\n/m, '');
const TODAY = '2026-12-01';

describe('更新日 follows the last real edit', () => {
  it('is left alone by a save that changes nothing, even when the editor re-wrote the body', () => {
    const data = withoutBlanks(readEntryFile('pages', page));
    const body = String(data.body).replaceAll(/^- /gm, '* ');
    expect(withSavedDate('pages', { ...data, body }, page, TODAY)).toEqual({ ...data, body });
    expect(data.updated).toBe('2026-11-25');
  });

  it('becomes today when something changes', () => {
    const data = withoutBlanks(readEntryFile('pages', page));
    expect(withSavedDate('pages', { ...data, title: '新しい題名' }, page, TODAY)).toMatchObject({ updated: TODAY });
    const hubData = withoutBlanks(readEntryFile('hubs', hub));
    expect(hubData.updated).toBeUndefined();
    expect(withSavedDate('hubs', { ...hubData, phone: '0798-00-0000' }, hub, TODAY)).toMatchObject({ updated: TODAY });
    expect(withSavedDate('hubs', hubData, hub, TODAY)).not.toHaveProperty('updated');
  });

  it('is set on a new entry of every collection that has it, and never on the settings', () => {
    expect(withSavedDate('pages', { slug: 'new' }, '', TODAY)).toEqual({ slug: 'new', updated: TODAY });
    // A calendar's date moves its hub's feed DTSTAMP and 更新日 (src/lib/site/site.ts).
    expect(withSavedDate('calendars', { hub: 'a', month: '2026-12' }, '', TODAY)).toEqual({
      hub: 'a',
      month: '2026-12',
      updated: TODAY,
    });
    expect(withSavedDate('settings', { siteTitle: 'x' }, '', TODAY)).toEqual({ siteTitle: 'x' });
  });
});
