import { describe, expect, it } from 'vitest';
import { publishStatus } from './publishStatus';

const record = { builtAt: '2026-11-30T15:05:00.000Z', commit: 'abc' };

describe('「最後の公開」 in /admin', () => {
  it('says when the live site was built, in Tokyo time', () => {
    expect(publishStatus(record, new Date('2026-12-01T03:00:00Z'))).toEqual({
      text: '最後の公開: 12月1日(火) 0時5分',
      warning: false,
    });
  });

  it('warns when the daily rebuild has stopped', () => {
    const status = publishStatus(record, new Date('2026-12-02T06:00:00Z'));
    expect(status.warning).toBe(true);
    expect(status.text).toContain('作り直されていません');
  });

  it('warns when a published change is not live well after 公開', () => {
    const status = publishStatus(record, new Date('2026-12-01T05:00:00Z'), new Date('2026-12-01T04:00:00Z'));
    expect(status.warning).toBe(true);
    expect(status.text).toContain('12月1日(火) 13時に公開した変更が、まだサイトに出ていません');
    expect(publishStatus(record, new Date('2026-12-01T04:05:00Z'), new Date('2026-12-01T04:00:00Z')).warning).toBe(
      false,
    );
  });

  it('warns when there is no build record to read', () => {
    expect(publishStatus(undefined, new Date()).warning).toBe(true);
  });
});
