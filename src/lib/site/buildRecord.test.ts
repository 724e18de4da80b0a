import { describe, expect, it } from 'vitest';
import { buildRecord, hostCommit, isStale } from './buildRecord';

describe('the build record', () => {
  const record = buildRecord(new Date('2026-11-30T15:05:00Z'), 'abc123');

  it('says when the site was built, in UTC, and from which commit', () => {
    expect(record).toEqual({ builtAt: '2026-11-30T15:05:00.000Z', commit: 'abc123' });
    expect(buildRecord(new Date(0), undefined).commit).toBeNull();
  });

  it('takes the commit from the host that builds, not from the checkout', () => {
    expect(hostCommit({ GITHUB_SHA: 'a1' })).toBe('a1');
    expect(hostCommit({ COMMIT_REF: 'b2' })).toBe('b2');
    expect(hostCommit({ CF_PAGES_COMMIT_SHA: 'c3' })).toBe('c3');
    expect(hostCommit({})).toBeUndefined();
  });

  it('is stale once the daily rebuild is more than two hours late', () => {
    expect(isStale(record, new Date('2026-12-01T15:05:00Z'))).toBe(false);
    expect(isStale(record, new Date('2026-12-01T17:04:00Z'))).toBe(false);
    expect(isStale(record, new Date('2026-12-01T17:06:00Z'))).toBe(true);
  });
});
