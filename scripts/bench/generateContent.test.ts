import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load';
import { contentWarnings } from '../../src/lib/content/programRules';
import { buildSite } from '../../src/lib/site/site';
import { generateContent, seededRandom } from './generateContent';

const NOW = new Date('2026-09-15T12:00:00+09:00');
const roots: string[] = [];
function generate(hubs: number, seed?: number) {
  const dir = mkdtempSync(path.join(tmpdir(), 'kyosei-bench-test-'));
  roots.push(dir);
  return generateContent({ hubs, dir, now: NOW, ...(seed === undefined ? {} : { seed }) });
}
const listing = (dir: string) =>
  ['hubs', 'calendars'].flatMap((sub) =>
    readdirSync(path.join(dir, sub))
      .sort()
      .map((name) => [name, readFileSync(path.join(dir, sub, name), 'utf8')]),
  );

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('generateContent', () => {
  const generated = generate(60);
  const content = loadContent(generated.dir);

  it('writes content that passes validation, with the requested counts', () => {
    expect(content.hubs).toHaveLength(60);
    expect(generated.slugs).toHaveLength(60);
    expect(content.months).toHaveLength(generated.calendarFiles);
    expect(content.pages).toHaveLength(6);
    expect(content.settings.data.municipality).toBe('西宮市');
    // Synthetic hubs meet the program rules, so the build log is not flooded with warnings.
    expect(contentWarnings(content.hubs, content.months)).toEqual([]);
  });

  it('mixes weekly and irregular hubs; irregular ones list 4 days a week for 13 months', () => {
    const irregular = content.hubs.filter((entry) => entry.data.schedule.kind === 'irregular');
    expect(irregular.length).toBe(generated.irregularHubs);
    expect(irregular.length).toBeGreaterThanOrEqual(2);
    expect(irregular.length).toBeLessThanOrEqual(15);
    for (const hub of irregular) {
      const months = content.months.filter((month) => month.data.hub === hub.data.slug);
      expect(months.map((month) => month.data.month)).toEqual([
        '2026-09',
        '2026-10',
        '2026-11',
        '2026-12',
        '2027-01',
        '2027-02',
        '2027-03',
        '2027-04',
        '2027-05',
        '2027-06',
        '2027-07',
        '2027-08',
        '2027-09',
      ]);
      const october = months.find((month) => month.data.month === '2026-10');
      // October 2026 has 4 full weeks and parts of 2 others.
      expect(october?.data.openDays.length).toBeGreaterThanOrEqual(16);
      expect(october?.data.openDays.length).toBeLessThanOrEqual(22);
    }
    const weekly = content.hubs.filter((entry) => entry.data.schedule.kind === 'weekly');
    for (const hub of weekly) {
      expect(hub.data.schedule.weekdays.length).toBeGreaterThanOrEqual(3);
      expect(hub.data.schedule.weekdays.length).toBeLessThanOrEqual(6);
    }
    expect(weekly.some((hub) => hub.data.schedule.hoursByWeekday.length > 0)).toBe(true);
    expect(weekly.some((hub) => !hub.data.schedule.closedOnHolidays)).toBe(true);
    expect(content.months.some((month) => month.data.closures.length > 0)).toBe(true);
    expect(content.months.some((month) => month.data.specialOpenings.length > 0)).toBe(true);
  });

  it('writes plainly synthetic names and phone numbers, and descriptions of realistic length', () => {
    const first = content.hubs.find((entry) => entry.data.slug === 'bench-hub-0001');
    expect(first?.data.name).toMatch(/^ベンチ.+0001$/);
    expect(first?.data.phone).toBe('0798-90-0001');
    for (const hub of content.hubs) {
      const length = hub.body.replace(/\s/g, '').length;
      expect(length).toBeGreaterThanOrEqual(300);
      expect(length).toBeLessThanOrEqual(600);
    }
  });

  it('builds a site whose hubs all have open days in the window', () => {
    const site = buildSite(content, NOW);
    expect(site.hubs).toHaveLength(60);
    for (const view of site.hubs) expect(view.openDays.length).toBeGreaterThan(100);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    expect(listing(generate(12).dir)).toEqual(listing(generate(12).dir));
    expect(listing(generate(12, 7).dir)).not.toEqual(listing(generate(12).dir));
  });

  it('seededRandom stays in [0, 1) and repeats for a seed', () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(Array.from({ length: 1000 }, () => b())).toEqual(values);
  });
});
