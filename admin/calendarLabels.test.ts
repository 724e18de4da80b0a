import { describe, expect, it } from 'vitest';
import { parseEntryFile, writeEntryFile } from '../src/lib/content/keptFormat';
import { HUB_NAME, withHubName, withHubNames, withoutHubName } from './calendarLabels';
import type { CmsFormatter } from './decap';
import { entryOfHash } from './entryNavigation';

/** The calendars' kept format, as admin/fileFormats.ts builds it (a new file: no original text). */
const KEPT_YAML: CmsFormatter = {
  fromFile: (text) => parseEntryFile(text, false),
  toFile: (data, order = []) => writeEntryFile(data as Record<string, unknown>, { markdown: false, order }),
};
const names = new Map([['fukufuku-salon-imazu', 'ふくふくサロン今津']]);

describe('calendar labels', () => {
  it("adds the hub's name when a calendar is read and drops it when one is written", () => {
    const format = withHubNames(KEPT_YAML, () => names);
    const text = 'hub: fukufuku-salon-imazu\nmonth: 2027-01\nclosures:\n  - date: 2027-01-13\n    reason: 研修のため\n';
    const data = format.fromFile(text);
    expect(data).toEqual({
      hub: 'fukufuku-salon-imazu',
      month: '2027-01',
      closures: [{ date: '2027-01-13', reason: '研修のため' }],
      [HUB_NAME]: 'ふくふくサロン今津',
    });
    expect(format.toFile(data as object, ['hub', 'month', 'openDays', 'closures'])).toBe(text);
  });

  it('leaves a calendar of an unknown hub as it is', () => {
    expect(withHubName({ hub: 'gone', month: '2027-01' }, names)).toEqual({ hub: 'gone', month: '2027-01' });
    expect(withoutHubName({ hub: 'gone' })).toEqual({ hub: 'gone' });
  });
});

describe('entryOfHash', () => {
  it("names an existing entry's editor and nothing else", () => {
    expect(entryOfHash('#/collections/hubs/entries/yui-cafe')).toBe('hubs/yui-cafe');
    expect(entryOfHash('#/collections/hubs/entries/yui-cafe?ref=x')).toBe('hubs/yui-cafe');
    expect(entryOfHash('#/collections/hubs/new')).toBeUndefined();
    expect(entryOfHash('#/collections/hubs')).toBeUndefined();
  });
});
