import { describe, expect, it } from 'vitest';
import { bareRatio, bareSum, kindOf, parseBareFeeds, parseRouteTimes } from './measure';

const LOG = [
  '01:46:20 [build] ✓ Completed in 1.19s.',
  ' generating static routes ',
  '01:46:30   ├─ /hubs/bench-hub-0001/index.html (+3ms) ',
  '01:46:30   ├─ /hubs/bench-hub-0001/calendar.ics (+12ms) ',
  '01:46:30   ├─ /hubs/bench-hub-0001/calendar-qr.svg (+2ms) ',
  '01:46:30   ├─ /hubs/index.html (+85ms) ',
  '01:46:30   └─ /hubs/bench-hub-0002/index.html (+1.5s) ',
  '01:46:34 ✓ Completed in 41.68s.',
].join('\n');

describe('parseRouteTimes', () => {
  it('sums Astro’s per-route times by kind and keeps the hub pages apart', () => {
    const times = parseRouteTimes(LOG);
    expect(times.count).toEqual({ html: 3, ics: 1, pagefind: 0, other: 1 });
    expect(times.ms.html).toBe(3 + 85 + 1500);
    expect(times.ms.ics).toBe(12);
    expect(times.hubPages).toBe(2);
    expect(times.hubPageMs).toBe(1503);
    expect(times.generationMs).toBe(41_680);
  });

  it('reads a rendering phase of a minute and more ("1m 57s")', () => {
    const long = LOG.replace('✓ Completed in 41.68s.', '✓ Completed in 1m 57s.');
    expect(parseRouteTimes(long).generationMs).toBe(117_000);
  });

  it('sorts output files by kind', () => {
    expect(kindOf('pagefind/pagefind.js')).toBe('pagefind');
    expect(kindOf('/hubs/a/calendar.ics')).toBe('ics');
    expect(kindOf('hubs/a/calendar-qr.svg')).toBe('other');
  });
});

describe('the bare parts', () => {
  const parts = { astroMs: 4700, pagefindMs: 4700, feedsMs: 7600 };

  it('adds the three bare tools and divides our build by their sum', () => {
    expect(bareSum(parts)).toBe(17_000);
    expect(bareRatio(41_200, parts)).toBeCloseTo(2.42, 2);
  });

  it('reads the bare feeds script’s last JSON line and refuses a log without one', () => {
    expect(parseBareFeeds('warning\n{"feeds":2,"events":500,"ms":12.5}\n')).toEqual({
      feeds: 2,
      events: 500,
      ms: 12.5,
    });
    expect(() => parseBareFeeds('Error: boom')).toThrow(/no result/);
  });
});
