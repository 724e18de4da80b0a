import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../src/lib/content/load';
import { PUBLIC_FACILITY_COLUMNS } from '../src/lib/outputs/opendata/hubsDataset';
import { readCsv } from './support/csv';
import { htmlPages } from './support/linkCheck';
import { PUBLIC_ORIGIN, sharedBuild } from './support/sharedBuilds';
import { type BuildResult, SHIPPED_CONTENT } from './support/site';

/** What machines read from a build of the shipped content: JSON-LD, open data, robots, sitemap, head tags. */
const SITE_ORIGIN = PUBLIC_ORIGIN;
const content = loadContent(SHIPPED_CONTENT);
let build: BuildResult;

beforeAll(() => {
  // Shared with feeds.test.ts, and removed with the run's shared builds.
  build = sharedBuild('shippedPublic');
  if (build.status !== 0) throw new Error(build.output);
});

interface Spec {
  dayOfWeek?: string[];
  opens: string;
  closes: string;
  validFrom?: string;
  validThrough?: string;
  name?: string;
}

function jsonLdOf(slug: string) {
  const html = build.read(`hubs/${slug}/index.html`);
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  expect(scripts).toHaveLength(1);
  const head = html.slice(0, html.indexOf('</head>'));
  expect(head).toContain('application/ld+json');
  return JSON.parse(scripts[0]?.[1] ?? '') as {
    '@type': string;
    name: string;
    url: string;
    telephone: string;
    address: Record<string, string>;
    geo?: unknown;
    openingHoursSpecification: Spec[];
    specialOpeningHoursSpecification: Spec[];
  };
}

const closedOn = (data: ReturnType<typeof jsonLdOf>, date: string) =>
  data.specialOpeningHoursSpecification.find(
    (spec) =>
      spec.validFrom === date && spec.validThrough === date && spec.opens === '00:00' && spec.closes === '00:00',
  );

describe('JSON-LD on hub pages', () => {
  it('states every hub’s name, address, phone and URL as the content does', () => {
    for (const { data: hub } of content.hubs) {
      const data = jsonLdOf(hub.slug);
      expect(data['@type']).toBe('CivicStructure');
      expect(data.name).toBe(hub.name);
      expect(data.telephone).toBe(hub.phone);
      expect(data.url).toBe(`${SITE_ORIGIN}/hubs/${hub.slug}/`);
      expect(data.address).toEqual({
        '@type': 'PostalAddress',
        addressCountry: 'JP',
        addressRegion: '兵庫県',
        addressLocality: '西宮市',
        streetAddress: [hub.address.street, hub.address.building].filter(Boolean).join(' '),
      });
      // No coordinates are known: none are made up.
      expect(data.geo).toBeUndefined();
    }
  });

  it('gives the weekly pattern and closes holidays as each hub states, for the months shown', () => {
    const nagomi = jsonLdOf('machi-cafe-nagomi'); // 月曜~土曜 9時~16時(祝日・年末年始休み)
    expect(nagomi.openingHoursSpecification).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'].map(
          (day) => `https://schema.org/${day}`,
        ),
        opens: '09:00',
        closes: '16:00',
      },
    ]);
    expect(closedOn(nagomi, '2026-09-22')?.name).toBe('祝日(休日)のため休み'); // 国民の休日, named 休日 in the holiday data;
    expect(closedOn(nagomi, '2026-10-12')?.name).toBe('祝日(スポーツの日)のため休み');
    expect(closedOn(nagomi, '2026-09-20')).toBeUndefined(); // a Sunday: not a usual day
    // Only the months the page shows (September and October at the fixture date).
    const dates = nagomi.specialOpeningHoursSpecification.map((spec) => spec.validFrom ?? '');
    expect(dates.every((date) => date >= '2026-09-01' && date <= '2026-10-31')).toBe(true);

    const yui = jsonLdOf('yui-cafe'); // 火曜~金曜(祝日休み)
    expect(closedOn(yui, '2026-09-22')).toBeDefined();
  });

  it('has no weekly pattern for the irregular hub and lists no days nobody announced', () => {
    const puchi = jsonLdOf('ochanoma-puchi-dagashiyasan');
    expect(puchi.openingHoursSpecification).toEqual([]);
    expect(puchi.specialOpeningHoursSpecification).toEqual([]);
  });
});

describe('open data', () => {
  it('serves hubs.csv in the 公共施設一覧 layout: BOM, CRLF, one row per hub', () => {
    const bytes = readFileSync(`${build.outDir}/opendata/hubs.csv`);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const [header, ...rows] = readCsv(text);
    expect(header).toEqual(PUBLIC_FACILITY_COLUMNS.map(([name]) => name));
    expect(rows).toHaveLength(content.hubs.length);
    const records = rows.map((row) => Object.fromEntries(header?.map((name, index) => [name, row[index] ?? '']) ?? []));
    for (const { data: hub } of content.hubs) {
      const record = records.find((candidate) => candidate.NO === hub.slug);
      expect(record).toMatchObject({
        都道府県コード又は市区町村コード: '282049',
        名称: hub.name,
        住所: `兵庫県西宮市${hub.address.street}`,
        方書: hub.address.building ?? '',
        緯度: '',
        経度: '',
        電話番号: hub.phone,
        URL: `${SITE_ORIGIN}/hubs/${hub.slug}/`,
      });
      expect(record?.名称_カナ).toMatch(/^[\p{Script=Katakana}ー・\u3000]+$/u);
    }
  });

  it('serves hubs.json with the same facts and the open days of the feed window', () => {
    const data = JSON.parse(build.read('opendata/hubs.json'));
    const [header, ...rows] = readCsv(build.read('opendata/hubs.csv'));
    expect(data.license.url).toContain('/licenses/by/4.0/');
    expect(data.window).toEqual({ from: '2026-08-01', to: '2027-09-30' });
    expect(data.hubs).toHaveLength(rows.length);
    for (const [index, hub] of data.hubs.entries()) {
      const { 開所日: days, ...facts } = hub;
      expect(facts).toEqual(Object.fromEntries(header?.map((name, column) => [name, rows[index]?.[column]]) ?? []));
      expect(Array.isArray(days)).toBe(true);
    }
    const nagomi = data.hubs.find((hub: { NO: string }) => hub.NO === 'machi-cafe-nagomi');
    const dates = nagomi.開所日.map((day: { date: string }) => day.date);
    expect(dates).toContain('2026-09-24');
    expect(dates).not.toContain('2026-09-22');
    expect(nagomi.開所日[0]).toMatchObject({ opens: '09:00', closes: '16:00' });
  });

  it('describes the files, the columns and the licence on /opendata/', () => {
    const html = build.read('opendata/index.html');
    expect(html).toContain('href="/opendata/hubs.csv"');
    expect(html).toContain('href="/opendata/hubs.json"');
    expect(html).toContain('CC BY 4.0');
    for (const [name] of PUBLIC_FACILITY_COLUMNS) expect(html).toContain(`<th scope="row">${name}</th>`);
  });
});

describe('search engines', () => {
  it('robots.txt points at the sitemap and keeps the CMS out', () => {
    const robots = build.read('robots.txt');
    expect(robots).toContain(`Sitemap: ${SITE_ORIGIN}/sitemap-index.xml`);
    expect(robots).toContain('Disallow: /admin/');
    expect(build.read('sitemap-index.xml')).toContain(`${SITE_ORIGIN}/sitemap-0.xml`);
    const sitemap = build.read('sitemap-0.xml');
    for (const path of ['/', '/hubs/', '/hubs/machi-cafe-nagomi/', '/opendata/', '/accessibility/']) {
      expect(sitemap).toContain(`<loc>${SITE_ORIGIN}${path}</loc>`);
    }
    expect(sitemap).not.toContain('/admin/');
  });

  it('gives every page a canonical URL, a description and OGP that agree', () => {
    const descriptions = new Map<string, string>();
    for (const page of htmlPages(build.outDir)) {
      const html = build.read(page.endsWith('/') ? `${page}index.html` : page);
      const attr = (pattern: RegExp) => html.match(pattern)?.[1];
      const description = attr(/<meta name="description" content="([^"]*)"/);
      expect(description?.length, page).toBeGreaterThan(15);
      expect(attr(/<meta property="og:description" content="([^"]*)"/)).toBe(description);
      expect(attr(/<meta property="og:title" content="([^"]*)"/)).toBe(attr(/<title>([^<]*)<\/title>/));
      if (page === '/404.html') {
        expect(html).toContain('<meta name="robots" content="noindex">');
        expect(html).not.toContain('rel="canonical"');
        continue;
      }
      expect(attr(/<link rel="canonical" href="([^"]*)"/)).toBe(`${SITE_ORIGIN}${page}`);
      expect(attr(/<meta property="og:url" content="([^"]*)"/)).toBe(`${SITE_ORIGIN}${page}`);
      descriptions.set(page, description ?? '');
    }
    // Descriptions tell pages apart.
    expect(new Set(descriptions.values()).size).toBe(descriptions.size);
  });
});
