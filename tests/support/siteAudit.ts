import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import type { Page } from 'playwright-core';
import { axeTagOf, SUCCESS_CRITERIA } from '../../src/data/wcagCriteria';
import { LOCALES } from '../../src/lib/i18n/locales';
import { rubyTextContent } from '../../src/lib/i18n/ruby';
import { scheduleWords } from '../../src/lib/i18n/scheduleWords';
import { launchBrowser } from './browser';
import { checkLinks, htmlPages, type LinkReport } from './linkCheck';
import { fileFor, serveStatic } from './server';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_LOCALE = JSON.parse(readFileSync(require.resolve('axe-core/locales/ja.json'), 'utf8'));
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * html-validate's recommended rules, with changes that each have a reason:
 * - no-trailing-whitespace / attribute-boolean-style / void-style: formatting of Astro's
 *   generated markup, not validity or accessibility.
 */
export const HTML_VALIDATE_CONFIG = {
  extends: ['html-validate:recommended'],
  rules: {
    'no-trailing-whitespace': 'off',
    'attribute-boolean-style': 'off',
    'void-style': 'off',
    // React writes hidden="" (both forms are valid HTML: a style rule, not an error).
    'attribute-empty-style': 'off',
    // Wants U+2011 in phone numbers: copied numbers would then fail in dialers and in page search.
    // Phone links are kept on one line with CSS (white-space: nowrap) instead.
    'tel-non-breaking': 'off',
  },
} as const;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export interface PageAudit {
  path: string;
  title: string;
  h1: string;
  axe: { violations: AxeViolation[]; passes: string[]; incomplete: string[]; inapplicable: string[] };
  htmlErrors: Array<{ rule: string; message: string; line: number }>;
  /** Check id → problems found on this page (empty = passed). */
  checks: Record<string, string[]>;
}

export interface SiteAudit {
  pages: PageAudit[];
  links: LinkReport;
  /** Problems across pages (e.g. duplicate titles). */
  siteChecks: Record<string, string[]>;
}

/** Our own checks, beyond axe, and the success criteria they bear on. */
export const CUSTOM_CHECKS = [
  { id: 'skipLink', name: '本文へのスキップリンクが最初のTabで現れ、本文にフォーカスが移る', criteria: ['2.4.1'] },
  { id: 'headings', name: 'h1が1つだけで、見出しのレベルが飛ばない', criteria: ['1.3.1', '2.4.6'] },
  { id: 'landmarks', name: 'header・nav・main・footerのランドマークがある', criteria: ['1.3.1', '2.4.1'] },
  { id: 'focusVisible', name: 'Tabで移動できるすべての要素にフォーカスの表示が出る', criteria: ['2.4.7'] },
  { id: 'targetSize', name: 'ナビゲーションのリンクが24×24px以上', criteria: ['2.5.8'] },
  { id: 'titles', name: 'ページタイトルが空でなく、h1を含み、ページごとに異なる', criteria: ['2.4.2'] },
  { id: 'tableHeaders', name: '表には見出しセル(th)がある', criteria: ['1.3.1'] },
  { id: 'reflow320', name: '幅320pxで横スクロールが出ない', criteria: ['1.4.10'] },
  { id: 'zoom200', name: '200%拡大相当(幅640px)で横スクロールが出ない', criteria: ['1.4.4', '1.4.10'] },
  { id: 'reducedMotion', name: '「視差効果を減らす」設定でアニメーションと移動効果が止まる', criteria: ['2.2.2'] },
  { id: 'noJustify', name: '両端揃えの文章がない', criteria: [] },
  {
    id: 'noSpacedWords',
    name: '単語の字間を空白で空けた書き方(「住所」を空白で2文字に分けるなど)がない',
    criteria: ['1.3.2'],
  },
  { id: 'calendarText', name: 'カレンダーの開所・休みが色だけでなく文字でも示される', criteria: ['1.4.1'] },
  { id: 'htmlValid', name: 'HTMLの構文エラーがない(html-validate)', criteria: ['4.1.1'] },
] as const;

export type CustomCheckId = (typeof CUSTOM_CHECKS)[number]['id'];

/** Whether the page loaded (HTTP status): recorded on every page, not published as a check of its own. */
export const LOAD_CHECK = 'load';

/**
 * Every page must have gone through every check, under its published name: a check that was
 * skipped, or renamed on one side only, would otherwise count as passed (no problems found).
 */
export function unrunChecks(audit: SiteAudit): string[] {
  const expected: string[] = [LOAD_CHECK, ...CUSTOM_CHECKS.map((check) => check.id)];
  const known = new Set(expected);
  return [
    ...audit.pages.flatMap((page) => {
      const ran = Object.keys(page.checks);
      return [
        ...expected.filter((id) => !ran.includes(id)).map((id) => `${page.path}: ${id} did not run`),
        ...ran.filter((id) => !known.has(id)).map((id) => `${page.path}: unknown check ${id}`),
      ];
    }),
    ...Object.keys(audit.siteChecks)
      .filter((id) => !known.has(id))
      .map((id) => `site: unknown check ${id}`),
  ];
}

async function runAxe(page: Page): Promise<PageAudit['axe']> {
  // Through the DevTools protocol: the page's CSP forbids inline script, and stays in force.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ locale, tags }) => {
      // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page at run time
      const axe = (window as any).axe;
      axe.configure({ locale });
      const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
      const ids = (list: Array<{ id: string }>) => list.map((rule) => rule.id).sort();
      return {
        violations: results.violations.map(
          (rule: { id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }) => ({
            id: rule.id,
            impact: rule.impact,
            help: rule.help,
            targets: rule.nodes.map((node) => node.target.join(' ')),
          }),
        ),
        passes: ids(results.passes),
        incomplete: ids(results.incomplete),
        inapplicable: ids(results.inapplicable),
      };
    },
    { locale: AXE_LOCALE, tags: AXE_TAGS },
  );
}

/**
 * The words a calendar cell may say in each language (the state in words, never colour alone),
 * as the cell reads with its ふりがな: the engine's own words (src/lib/i18n).
 */
const CALENDAR_MARKS: Record<string, string[]> = Object.fromEntries(
  LOCALES.map((locale) => {
    const { open, special, closed, closure, notAnnounced, ask } = scheduleWords(locale).cell;
    return [locale, [open, special, closed, closure, notAnnounced, ask].map(rubyTextContent)];
  }),
);

/** Structure checks that read the DOM as it is. */
async function structureChecks(page: Page): Promise<Partial<Record<CustomCheckId, string[]>>> {
  return page.evaluate((marksByLocale) => {
    const problems: Record<string, string[]> = {
      headings: [],
      landmarks: [],
      tableHeaders: [],
      noJustify: [],
      noSpacedWords: [],
      calendarText: [],
    };
    const h1s = document.querySelectorAll('h1');
    if (h1s.length !== 1) problems.headings?.push(`h1が${h1s.length}個あります`);
    let previous = 0;
    for (const heading of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
      const level = Number(heading.tagName.slice(1));
      if (previous > 0 && level > previous + 1) {
        problems.headings?.push(`h${previous}の次がh${level}です: ${heading.textContent?.trim()}`);
      }
      previous = level;
    }
    const count = (selector: string) => document.querySelectorAll(selector).length;
    if (count('body > header') !== 1) problems.landmarks?.push('bodyの直下にheaderが1つありません');
    if (count('main') !== 1) problems.landmarks?.push('mainが1つではありません');
    if (count('body > footer') !== 1) problems.landmarks?.push('bodyの直下にfooterが1つありません');
    if (count('header nav') < 1) problems.landmarks?.push('ヘッダーにnavがありません');
    for (const table of document.querySelectorAll('table')) {
      if (!table.querySelector('th')) problems.tableHeaders?.push(`見出しセルのない表: ${table.className}`);
    }
    for (const element of document.querySelectorAll('body *')) {
      if (getComputedStyle(element).textAlign === 'justify') {
        problems.noJustify?.push(`${element.tagName.toLowerCase()}.${element.className}`);
      }
    }
    const spaced = /(?<![\p{L}\p{N}])\p{sc=Han}(?:[ \u3000]\p{sc=Han})+(?![\p{L}\p{N}])/u;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const match = node.textContent?.match(spaced);
      if (match) problems.noSpacedWords?.push(match[0]);
    }
    const marks = marksByLocale[document.documentElement.dataset.locale ?? 'ja'] ?? [];
    for (const cell of document.querySelectorAll('table.month-calendar td.day')) {
      const mark = cell.querySelector('.mark')?.textContent?.trim() ?? '';
      if (!marks.includes(mark)) {
        problems.calendarText?.push(`${cell.querySelector('.date')?.textContent}日: 「${mark}」`);
      }
    }
    return problems;
  }, CALENDAR_MARKS);
}

async function skipLinkCheck(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => {
    const active = document.activeElement as HTMLAnchorElement | null;
    const box = active?.getBoundingClientRect();
    return {
      href: active?.getAttribute('href') ?? null,
      text: active?.textContent?.trim() ?? '',
      visible: !!box && box.top >= 0 && box.bottom <= window.innerHeight && box.width > 0 && box.height > 0,
    };
  });
  if (first.href !== '#main') return [`最初のTabで「${first.text}」(${first.href})に移りました`];
  if (!first.visible) problems.push('スキップリンクがフォーカス時に画面に見えません');
  await page.keyboard.press('Enter');
  const target = await page.evaluate(() => document.activeElement?.id ?? '');
  if (target !== 'main') problems.push(`スキップ後のフォーカス先が main ではありません(${target || 'body'})`);
  return problems;
}

/** Tabs through the page and compares each element's look with and without focus. */
async function focusVisibleCheck(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const focusable = [
      ...document.querySelectorAll<HTMLElement>('a[href], button, summary, input, select, textarea, [tabindex]'),
    ]
      .filter((element) => element.tabIndex >= 0 && element.getClientRects().length > 0)
      // What a closed disclosure holds is out of the tab order until it is opened.
      .filter((element) => !element.parentElement?.closest('details:not([open])') || element.matches('summary'));
    const look = (element: HTMLElement) => {
      const style = getComputedStyle(element);
      return [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow, style.backgroundColor].join(
        '|',
      );
    };
    for (const element of focusable) {
      (document.activeElement as HTMLElement | null)?.blur();
      const before = look(element);
      element.focus({ focusVisible: true } as FocusOptions);
      const style = getComputedStyle(element);
      const after = look(element);
      const outlined = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
      if (before === after || !(outlined || style.boxShadow !== 'none')) {
        problems.push(`${element.tagName.toLowerCase()} 「${element.textContent?.trim().slice(0, 20)}」`);
      }
    }
    return problems;
  });
}

async function targetSizeCheck(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('nav a, .footer-links a')]
      .filter((link) => link.getClientRects().length > 0)
      .map((link) => ({ text: link.textContent?.trim() ?? '', box: link.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 24 || box.height < 24)
      .map(({ text, box }) => `「${text}」 ${Math.round(box.width)}×${Math.round(box.height)}px`),
  );
}

async function horizontalScroll(page: Page): Promise<string[]> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement?.scrollWidth ?? 0,
    innerWidth: window.innerWidth,
  }));
  return scrollWidth > innerWidth ? [`横幅 ${scrollWidth}px が画面幅 ${innerWidth}px を超えています`] : [];
}

async function reducedMotionCheck(page: Page): Promise<string[]> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const problems = await page.evaluate(() => {
    const moving: string[] = [];
    if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth')
      moving.push('html: scroll-behavior: smooth');
    for (const element of document.querySelectorAll('body *')) {
      const style = getComputedStyle(element);
      const seconds = (value: string) => Math.max(...value.split(',').map((part) => Number.parseFloat(part) || 0));
      if (style.animationName !== 'none' && seconds(style.animationDuration) > 0.01) {
        moving.push(`${element.tagName.toLowerCase()}: animation ${style.animationName}`);
      }
      if (seconds(style.transitionDuration) > 0.01) moving.push(`${element.tagName.toLowerCase()}: transition`);
    }
    return moving;
  });
  await page.emulateMedia({ reducedMotion: null });
  return problems;
}

/**
 * Builds nothing: audits an existing static build. Every HTML page except /admin (or only `paths`,
 * e.g. a large build's list pages) is visited in headless Chromium at three widths; axe,
 * html-validate and the checks above run on each. The link check always covers the whole build.
 */
export async function auditSite(
  distDir: string,
  siteOrigin: string,
  paths: readonly string[] = htmlPages(distDir),
): Promise<SiteAudit> {
  const validator = new HtmlValidate(new StaticConfigLoader(HTML_VALIDATE_CONFIG as never));
  const server = await serveStatic(distDir);
  const browser = await launchBrowser();
  const close = () => browser.close();
  const pages: PageAudit[] = [];
  try {
    const desktop = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP' });
    // tsx (esbuild keepNames) wraps inner functions in __name(); give evaluated code a no-op one.
    await desktop.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
    for (const pagePath of paths) {
      const page = await desktop.newPage();
      const response = await page.goto(`${server.origin}${pagePath}`, { waitUntil: 'load' });
      const expectedStatus = pagePath === '/404.html' ? [200, 404] : [200];
      const checks: Record<string, string[]> = {};
      checks[LOAD_CHECK] = response && expectedStatus.includes(response.status()) ? [] : [`HTTP ${response?.status()}`];
      // The skip link first, while nothing has focus yet; the other checks do not depend on focus.
      checks.skipLink = await skipLinkCheck(page);
      Object.assign(checks, await structureChecks(page));
      const title = await page.title();
      // The heading as read, without its ふりがな (やさしい日本語).
      const h1 =
        (
          await page
            .locator('h1')
            .first()
            .evaluate((heading) => {
              const copy = heading.cloneNode(true) as HTMLElement;
              for (const reading of copy.querySelectorAll('rt')) reading.remove();
              return copy.textContent;
            })
        )?.trim() ?? '';
      checks.titles =
        title.length > 0 && title.includes(h1) ? [] : [`タイトル「${title}」にh1「${h1}」が含まれていません`];
      checks.targetSize = await targetSizeCheck(page);
      checks.focusVisible = await focusVisibleCheck(page);
      checks.reducedMotion = await reducedMotionCheck(page);
      const axe = await runAxe(page);
      // Reflow at 320 CSS px, and 640 CSS px: what a 1280px window shows at 200% zoom.
      for (const [width, id] of [
        [320, 'reflow320'],
        [640, 'zoom200'],
      ] as const) {
        await page.setViewportSize({ width, height: 640 });
        checks[id] = await horizontalScroll(page);
      }
      await page.close();

      const file = fileFor(distDir, pagePath) as string;
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      const htmlErrors = report.results.flatMap((result) =>
        result.messages
          .filter((message) => message.severity === 2)
          .map((message) => ({ rule: message.ruleId, message: message.message, line: message.line })),
      );
      checks.htmlValid = htmlErrors.map((error) => `${error.line}行目 ${error.rule}: ${error.message}`);
      pages.push({ path: pagePath, title, h1, axe, htmlErrors, checks });
    }
  } finally {
    await close();
    await server.close();
  }
  const byTitle = Map.groupBy(pages, (page) => page.title);
  const duplicateTitles = [...byTitle].filter(([, group]) => group.length > 1);
  return {
    pages,
    links: checkLinks(distDir, siteOrigin),
    siteChecks: {
      titles: duplicateTitles.map(([title, group]) => `「${title}」: ${group.map((page) => page.path).join(', ')}`),
    },
  };
}

export type CriterionResult = 'violation' | 'passedAutomated' | 'notApplicableAutomated' | 'manualOnly';

export interface A11yReport {
  standard: string;
  tools: Record<string, string>;
  axeTags: string[];
  pages: Array<{ path: string; title: string }>;
  totals: {
    pagesChecked: number;
    axeViolations: number;
    axeIncompleteRules: number;
    validatorErrors: number;
    linksChecked: number;
    fragmentsChecked: number;
    brokenLinks: number;
    checkProblems: number;
  };
  checks: Array<{ id: string; name: string; criteria: string[]; pagesWithProblems: number }>;
  criteria: Array<{
    id: string;
    result: CriterionResult;
    /** axe rules tagged with the criterion that found something to test on at least one page. */
    axeRules: string[];
    /** axe rules that could not decide on some page and leave it to a person. */
    needsReview: string[];
    checks: string[];
  }>;
}

function versionOf(name: string): string {
  return JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
}

/** The figures the accessibility page publishes; stable for a given build, so a test can compare. */
export function summarizeAudit(audit: SiteAudit): A11yReport {
  const unrun = unrunChecks(audit);
  if (unrun.length > 0) throw new Error(`the audit is incomplete, no report from it:\n${unrun.join('\n')}`);
  const tagsByRule = new Map<string, Set<string>>();
  // axe's rule metadata gives each rule's tags; we read them from the injected source once.
  const axe = loadAxeMetadata();
  for (const rule of axe) tagsByRule.set(rule.ruleId, new Set(rule.tags));
  const tested = new Set(audit.pages.flatMap((page) => [...page.axe.passes, ...page.axe.violations.map((v) => v.id)]));
  const incomplete = new Set(audit.pages.flatMap((page) => page.axe.incomplete));
  const violated = new Set(audit.pages.flatMap((page) => page.axe.violations.map((v) => v.id)));
  const checkProblems = (id: string) =>
    audit.pages.filter((page) => (page.checks[id] ?? []).length > 0).length + (audit.siteChecks[id]?.length ?? 0);
  const criteria = SUCCESS_CRITERIA.map((criterion) => {
    const tag = axeTagOf(criterion.id);
    const rules = [...tagsByRule].filter(([, tags]) => tags.has(tag)).map(([id]) => id);
    const checks = CUSTOM_CHECKS.filter((check) => (check.criteria as readonly string[]).includes(criterion.id));
    const axeRules = rules.filter((rule) => tested.has(rule)).sort();
    const needsReview = rules.filter((rule) => incomplete.has(rule)).sort();
    const failed = rules.some((rule) => violated.has(rule)) || checks.some((check) => checkProblems(check.id) > 0);
    const result: CriterionResult = failed
      ? 'violation'
      : axeRules.length > 0 || checks.length > 0
        ? 'passedAutomated'
        : rules.length > 0
          ? 'notApplicableAutomated'
          : 'manualOnly';
    return { id: criterion.id, result, axeRules, needsReview, checks: checks.map((check) => check.id) };
  });
  const problemsCount = CUSTOM_CHECKS.reduce((sum, check) => sum + checkProblems(check.id), 0);
  return {
    standard: 'JIS X 8341-3:2016 / WCAG 2.2',
    tools: {
      'axe-core': versionOf('axe-core'),
      'html-validate': versionOf('html-validate'),
      'playwright-core': versionOf('playwright-core'),
    },
    axeTags: AXE_TAGS,
    pages: audit.pages.map((page) => ({ path: page.path, title: page.title })),
    totals: {
      pagesChecked: audit.pages.length,
      axeViolations: audit.pages.reduce((sum, page) => sum + page.axe.violations.length, 0),
      axeIncompleteRules: incomplete.size,
      validatorErrors: audit.pages.reduce((sum, page) => sum + page.htmlErrors.length, 0),
      linksChecked: audit.links.checked,
      fragmentsChecked: audit.links.fragments,
      brokenLinks: audit.links.broken.length,
      checkProblems: problemsCount,
    },
    checks: CUSTOM_CHECKS.map((check) => ({
      id: check.id,
      name: check.name,
      criteria: [...check.criteria],
      pagesWithProblems: checkProblems(check.id),
    })),
    criteria,
  };
}

let axeRules: Array<{ ruleId: string; tags: string[] }> | undefined;
function loadAxeMetadata(): Array<{ ruleId: string; tags: string[] }> {
  if (!axeRules) {
    const axe = require('axe-core') as { getRules: () => Array<{ ruleId: string; tags: string[] }> };
    axeRules = axe.getRules();
  }
  return axeRules;
}

export const REPORT_FILE = path.resolve(import.meta.dirname, '../../src/data/a11y-report.json');
