import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from './load';
import { contentWarnings } from './programRules';

const FIXTURE = path.resolve(import.meta.dirname, '../../../tests/fixtures/small');

describe('contentWarnings: announced weeks', () => {
  it('names each full Monday-to-Sunday week of an announced month with fewer than 3 days', () => {
    const content = loadContent(FIXTURE);
    const month = content.months.find((entry) => entry.data.hub === 'irregular-hub');
    const message = contentWarnings(content.hubs, month ? [month] : []).find((warning) =>
      warning.message.includes('運営日'),
    )?.message;
    // Listed: 10/1, 2, 5, 6, 7, 8, 12. Full weeks of October 2026 start 10/5, 10/12, 10/19, 10/26 (ends 11/1: not full).
    expect(message).toContain('2026-10-12の週は1日、2026-10-19の週は0日');
    expect(message).not.toContain('2026-10-05の週');
    expect(message).not.toContain('2026-10-26の週');
  });
});
