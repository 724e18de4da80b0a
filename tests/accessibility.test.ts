import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { localeOfPath } from '../src/lib/i18n/locales';
import { LOCAL_ORIGIN, SHARED_BUILDS, sharedBuild } from './support/sharedBuilds';
import type { BuildResult } from './support/site';
import {
  type A11yReport,
  AXE_TAGS,
  auditSite,
  CUSTOM_CHECKS,
  LOAD_CHECK,
  REPORT_FILE,
  type SiteAudit,
  summarizeAudit,
  unrunChecks,
} from './support/siteAudit';

/**
 * Every public page of the shipped content, in headless Chromium: axe-core (WCAG 2.0/2.1/2.2 A+AA),
 * html-validate, a link check over dist and our own checks. The figures also feed /accessibility/.
 */
const SITE_ORIGIN = LOCAL_ORIGIN;
let build: BuildResult;
let audit: SiteAudit;

/**
 * The checks that must run on every page, under the names the published report uses. Written out
 * here, not read from siteAudit.ts: renaming, adding or dropping a check means changing this list.
 */
const PAGE_CHECKS = [
  'skipLink',
  'headings',
  'landmarks',
  'focusVisible',
  'targetSize',
  'titles',
  'tableHeaders',
  'reflow320',
  'zoom200',
  'reducedMotion',
  'noJustify',
  'noSpacedWords',
  'calendarText',
  'htmlValid',
];
const SITE_CHECKS = ['titles'];
const EXPECTED_AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

beforeAll(async () => {
  // The same configuration scripts/a11y-report.ts builds (the shipped content at SITE_URL=http://localhost:4321).
  expect(SHARED_BUILDS.shipped.env.SITE_URL).toBe(SITE_ORIGIN);
  build = sharedBuild('shipped');
  if (build.status !== 0) throw new Error(build.output);
  audit = await auditSite(build.outDir, SITE_ORIGIN);
});

/** Problems a check found, page by page; a page the check did not run on is a problem too. */
const problemsOf = (check: string) =>
  audit.pages.flatMap((page) =>
    (page.checks[check] ?? [`the ${check} check did not run`]).map((problem) => `${page.path}: ${problem}`),
  );

describe('every public page', () => {
  it('is visited: all built HTML pages except /admin', () => {
    const paths = audit.pages.map((page) => page.path);
    expect(paths).toEqual(
      expect.arrayContaining(['/', '/hubs/', '/search/', '/404.html', '/opendata/', '/accessibility/']),
    );
    expect(paths.filter((path) => path.startsWith('/hubs/') && path !== '/hubs/')).toHaveLength(9);
    expect(paths.some((path) => path.startsWith('/admin'))).toBe(false);
    expect(problemsOf('load')).toEqual([]);
  });

  it('has no axe-core violations (wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa)', () => {
    const violations = audit.pages.flatMap((page) =>
      page.axe.violations.map((rule) => `${page.path} ${rule.id} (${rule.help}): ${rule.targets.join(', ')}`),
    );
    expect(violations).toEqual([]);
    // The run really tested something on each page.
    for (const page of audit.pages) expect(page.axe.passes.length).toBeGreaterThan(10);
  });

  it('has no html-validate errors', () => {
    expect(
      audit.pages.flatMap((page) => page.htmlErrors.map((error) => `${page.path} ${JSON.stringify(error)}`)),
    ).toEqual([]);
  });

  it('links only to files and #fragments that exist', () => {
    expect(audit.links.broken).toEqual([]);
    expect(audit.links.checked).toBeGreaterThan(audit.pages.length * 10);
    expect(audit.links.fragments).toBeGreaterThanOrEqual(audit.pages.length);
  });

  it('runs exactly the expected checks on every page, under their published names', () => {
    expect(audit.pages.length).toBeGreaterThan(20);
    const everyPage = [LOAD_CHECK, ...PAGE_CHECKS].sort();
    const ran = audit.pages.map((page) => ({ path: page.path, checks: Object.keys(page.checks).sort() }));
    expect(ran).toEqual(audit.pages.map((page) => ({ path: page.path, checks: everyPage })));
    for (const page of audit.pages) {
      for (const check of everyPage) expect(Array.isArray(page.checks[check]), `${page.path} ${check}`).toBe(true);
    }
    expect(unrunChecks(audit)).toEqual([]);
    expect(Object.keys(audit.siteChecks).sort()).toEqual([...SITE_CHECKS].sort());
    expect(CUSTOM_CHECKS.map((check) => check.id)).toEqual(PAGE_CHECKS);
    expect(AXE_TAGS).toEqual(EXPECTED_AXE_TAGS);
  });

  it.each(PAGE_CHECKS.map((check) => [check]))('passes the %s check', (check) => {
    expect(problemsOf(check)).toEqual([]);
  });

  it('has unique, descriptive titles', () => {
    expect(audit.siteChecks.titles).toEqual([]);
    const titles = audit.pages.map((page) => page.title);
    expect(new Set(titles).size).toBe(titles.length);
    // Each language names the site in its own words (src/lib/i18n/pageWords*.ts).
    const siteName = { ja: '共生型地域交流拠点', en: 'Community hubs', easy: '交流拠点' } as const;
    for (const page of audit.pages) expect(page.title).toContain(siteName[localeOfPath(page.path).locale]);
  });

  it('marks calendar days in words on every hub page', () => {
    const hubPage = readFileSync(`${build.outDir}/hubs/machi-cafe-nagomi/index.html`, 'utf8');
    expect(hubPage).toMatch(/<span class="mark">開所<\/span>/);
    expect(hubPage).toMatch(/<span class="mark">休み<\/span>/);
  });
});

describe('the published accessibility report', () => {
  it('matches a fresh run (regenerate with `npm run a11y:report`)', () => {
    const { measuredOn, ...committed } = JSON.parse(readFileSync(REPORT_FILE, 'utf8')) as A11yReport & {
      measuredOn: string;
    };
    expect(measuredOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(committed).toEqual(JSON.parse(JSON.stringify(summarizeAudit(audit))));
  });

  it('lists the checks that ran, and only those, with the criteria they bear on', () => {
    const committed = JSON.parse(readFileSync(REPORT_FILE, 'utf8')) as A11yReport;
    expect(committed.checks.map((check) => check.id)).toEqual(PAGE_CHECKS);
    expect(committed.axeTags).toEqual(EXPECTED_AXE_TAGS);
    expect(committed.totals.pagesChecked).toBe(audit.pages.length);
    const cited = new Set(committed.criteria.flatMap((criterion) => criterion.checks));
    expect([...cited].filter((check) => !PAGE_CHECKS.includes(check))).toEqual([]);
    for (const check of committed.checks) {
      const citing = committed.criteria.filter((criterion) => criterion.checks.includes(check.id)).map((c) => c.id);
      expect(citing.sort(), check.id).toEqual([...check.criteria].sort());
    }
  });

  it('cannot be summarised from an audit that skipped or renamed a check', () => {
    const [first, ...rest] = audit.pages;
    if (!first) throw new Error('no pages audited');
    const { focusVisible, ...withoutFocus } = first.checks;
    expect(focusVisible).toBeDefined();
    const skipped = { ...audit, pages: [{ ...first, checks: withoutFocus }, ...rest] };
    expect(() => summarizeAudit(skipped)).toThrow(/focusVisible/);
    const renamed = { ...audit, pages: [{ ...first, checks: { ...withoutFocus, focusRing: [] } }, ...rest] };
    expect(() => summarizeAudit(renamed)).toThrow(/focusRing/);
  });

  it('is shown on /accessibility/ without claiming conformance', () => {
    const html = readFileSync(`${build.outDir}/accessibility/index.html`, 'utf8');
    const report = summarizeAudit(audit);
    expect(html).toContain('JIS X 8341-3:2016 の適合レベル AA に準拠することを目標とします');
    expect(html).toContain(`<td>${report.totals.pagesChecked}ページ</td>`);
    expect(html).toContain('人による確認が必要');
    expect(html).not.toMatch(/に準拠しています|準拠しました/);
    for (const criterion of report.criteria) expect(html).toContain(`<th scope="row">${criterion.id} `);
    // The table of our own checks names exactly the checks that ran.
    const ownChecks = html.slice(
      html.indexOf('id="own-checks"'),
      html.indexOf('</table>', html.indexOf('id="own-checks"')),
    );
    const rows = [...ownChecks.matchAll(/<th scope="row">([^<]*)<\/th>/g)].map((match) => match[1]);
    expect(rows).toEqual(PAGE_CHECKS.map((id) => CUSTOM_CHECKS.find((check) => check.id === id)?.name));
  });
});
