/**
 * `npm run bench`: builds synthetic content of N hubs with the real production build, and a
 * bare-Astro baseline of the same page count, then measures the shipped content's page, search
 * and feed weight. Writes the figures into docs/benchmarks.md between the bench markers.
 *
 *   npm run bench                      N = 9, 500, 2000
 *   npm run bench -- --with-5000       adds N = 5000
 *   BENCH_SIZES=9,100 npm run bench    any sizes
 *   npm run bench -- --no-doc          print only; --keep keeps the temporary folders
 *   npm run bench -- --no-lighthouse   skips Lighthouse on the list pages (~3 min at 2,000 hubs)
 * At the largest size it also times rebuilds after one edit (incremental.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadContent } from '../../src/lib/content/load';
import { addMonths, monthOf, tokyoDateOf } from '../../src/lib/schedule/tokyoCalendar';
import { buildSite } from '../../src/lib/site/site';
import { searchIndexStep } from '../buildSteps';
import { nodeBin } from '../nodeBin';
import { baselineHubs, writeBaselineProject } from './baseline';
import { generateContent } from './generateContent';
import { incrementalReport, measureIncremental } from './incremental';
import { LIST_LIGHTHOUSE_LEAST, type ListLighthouse, measureListLighthouse } from './listLighthouse';
import {
  type BareParts,
  bareRatio,
  bareSum,
  kb,
  mb,
  type OutputBytes,
  outputBytes,
  parseBareFeeds,
  parseRouteTimes,
  type RouteTimes,
  seconds,
  type Weight,
  walkFiles,
  weightOf,
} from './measure';
import { measurePageLoads, type PageLoad } from './pageLoads';
import { measureSearch, type SearchWeight } from './searchWeight';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
const DOC = path.join(PROJECT_ROOT, 'docs/benchmarks.md');
const START_MARK = '<!-- bench:results:start -->';
const END_MARK = '<!-- bench:results:end -->';
/** 2026-09-15 12:00 JST, the tests' build instant: the window holds holidays and the year end. */
const EPOCH_SECONDS = Date.parse('2026-09-15T12:00:00+09:00') / 1000;
const SEARCH_QUERY = process.env.BENCH_QUERY || '甲子園';
/** The pages that list every hub: they grow with the number of hubs. */
const LIST_PAGES = ['/', '/hubs/', '/search/'];

const args = new Set(process.argv.slice(2));
const sizes = process.env.BENCH_SIZES
  ? process.env.BENCH_SIZES.split(',').map((value) => Number(value.trim()))
  : [9, 500, 2000, ...(args.has('--with-5000') ? [5000] : [])];
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`BENCH_SIZES: ${process.env.BENCH_SIZES}`);
/** Lighthouse takes minutes: the list pages are scored at one size, the issue's 2,000 or the largest. */
const LIGHTHOUSE_SIZE = args.has('--no-lighthouse') ? undefined : sizes.includes(2000) ? 2000 : Math.max(...sizes);

interface BuildRun {
  exitCode: number | null;
  wallMs: number;
  marks: Record<string, number>;
  hooks: { integration: string; hook: string; start: number; ms: number }[];
  routes: RouteTimes;
  /** The search index step (its own process, after Astro), when the build has one. */
  searchMs?: number;
  /** Largest single process of the Astro step (GNU time, or the build process's own getrusage). */
  maxRssBytes: number;
  /** Largest sum over the build's process tree (node + e.g. the pagefind binary), sampled. */
  treePeakBytes: number;
  output: OutputBytes;
  logFile: string;
}

interface SizeResult {
  n: number;
  irregular: number;
  calendars: number;
  loadMs: number;
  siteMs: number;
  ours: BuildRun;
  baseline: BuildRun;
  /** The bare tools (issue 17): Astro pages (the baseline), Pagefind over its output, ical-generator. */
  bare: BareParts & { pagefindPeakBytes: number; feedsPeakBytes: number; events: number };
  /** The list pages (home, /hubs/, /search/) as a phone's browser loads them at this size. */
  listPages: PageLoad[];
  /** Lighthouse mobile on the list pages, at LIGHTHOUSE_SIZE only. */
  listLighthouse?: ListLighthouse[];
}

/** RSS of a process and all its descendants, from /proc. */
function treeRss(rootPid: number): number {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // the process ended meanwhile
    }
  }
  const tree = new Set([rootPid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of parents)
      if (tree.has(parent) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
  }
  let total = 0;
  for (const pid of tree) {
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096;
    } catch {
      // ended
    }
  }
  return total;
}

interface MeasuredRun {
  exitCode: number | null;
  wallMs: number;
  treePeakBytes: number;
  log: string;
}

/** Runs one command to its end, sampling the RSS of its whole process tree every 200 ms. */
async function measuredRun(command: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<MeasuredRun> {
  const [file, ...argv] = command;
  const started = performance.now();
  const child = spawn(file as string, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
  let treePeakBytes = 0;
  const sampler = setInterval(() => {
    if (child.pid) treePeakBytes = Math.max(treePeakBytes, treeRss(child.pid));
  }, 200);
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  return { exitCode, wallMs: performance.now() - started, treePeakBytes, log: Buffer.concat(chunks).toString('utf8') };
}

/**
 * The build as `npm run build` runs it: Astro (timedBuild.mjs, with hook timers) and then, for
 * our site, the search index in its own process (scripts/search-index.ts). Wall times add up;
 * peak memory is the larger of the two steps, which never run at the same time.
 */
async function timedBuild(
  root: string,
  env: Record<string, string>,
  workDir: string,
  label: string,
  options: { searchIndex: boolean },
): Promise<BuildRun> {
  const reportFile = path.join(workDir, `${label}.report.json`);
  const timeFile = path.join(workDir, `${label}.time.txt`);
  const logFile = path.join(workDir, `${label}.log`);
  const outDir = env.OUT_DIR as string;
  const gnuTime = existsSync('/usr/bin/time');
  const node = [process.execPath, path.join(import.meta.dirname, 'timedBuild.mjs'), root, reportFile];
  const childEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SOURCE_DATE_EPOCH: String(EPOCH_SECONDS), ...env };
  const astro = await measuredRun(gnuTime ? ['/usr/bin/time', '-v', '-o', timeFile, ...node] : node, root, childEnv);
  let log = astro.log;
  if (astro.exitCode !== 0 || !existsSync(reportFile)) {
    writeFileSync(logFile, log);
    throw new Error(`build ${label} failed (exit ${astro.exitCode}); log: ${logFile}\n${log.slice(-3000)}`);
  }
  const search = options.searchIndex
    ? await measuredRun(searchIndexStep(outDir).flat(), PROJECT_ROOT, childEnv)
    : undefined;
  log += search?.log ?? '';
  writeFileSync(logFile, log);
  if (search && search.exitCode !== 0) throw new Error(`search index for ${label} failed; log: ${logFile}`);
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  const timeRss = gnuTime
    ? Number(readFileSync(timeFile, 'utf8').match(/Maximum resident set size \(kbytes\): (\d+)/)?.[1])
    : NaN;
  const astroMaxRss = (Number.isFinite(timeRss) ? timeRss : report.maxRssKiB) * 1024;
  return {
    exitCode: astro.exitCode,
    wallMs: astro.wallMs + (search?.wallMs ?? 0),
    marks: report.marks,
    hooks: report.hooks,
    routes: parseRouteTimes(log),
    searchMs: search?.wallMs,
    maxRssBytes: astroMaxRss,
    treePeakBytes: Math.max(astro.treePeakBytes, astroMaxRss, search?.treePeakBytes ?? 0),
    output: outputBytes(outDir),
    logFile,
  };
}

const FEED_HOOK = /ical|feed|calendar/i;
const buildDoneHooks = (run: BuildRun, pattern: RegExp, matching: boolean) =>
  run.hooks.filter((hook) => hook.hook === 'astro:build:done' && pattern.test(hook.integration) === matching);
const sumMs = (hooks: { ms: number }[]) => hooks.reduce((sum, hook) => sum + hook.ms, 0);

function stages(run: BuildRun) {
  const feedHooks = buildDoneHooks(run, FEED_HOOK, true);
  const otherDone = buildDoneHooks(run, FEED_HOOK, false);
  const generation = run.routes.generationMs ?? 0;
  return {
    startup: run.marks.buildStart ?? 0,
    bundle: Math.max(0, (run.marks.generated ?? 0) - (run.marks.buildStart ?? 0) - generation),
    pages: run.routes.ms.html,
    feeds: run.routes.count.ics > 0 || feedHooks.length > 0 ? run.routes.ms.ics + sumMs(feedHooks) : undefined,
    otherRoutes: run.routes.ms.other,
    search: run.searchMs,
    otherPostBuild: sumMs(otherDone),
  };
}

function machine() {
  const astroVersion = JSON.parse(
    readFileSync(path.join(PROJECT_ROOT, 'node_modules/astro/package.json'), 'utf8'),
  ).version;
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memory: os.totalmem(),
    node: process.version,
    astro: astroVersion,
    loadAverage: os.loadavg(),
  };
}

interface ShippedResult {
  build: BuildRun;
  /** Every hub page and the list pages, as a phone's browser loads them. */
  pages: PageLoad[];
  heaviest: PageLoad;
  feeds: { hub: Weight & { file: string }; all?: Weight } | undefined;
  search: SearchWeight | { unavailable: string };
}

async function measureShipped(workDir: string): Promise<ShippedResult> {
  const outDir = path.join(workDir, 'shipped-dist');
  const build = await timedBuild(
    PROJECT_ROOT,
    { CONTENT_DIR: path.join(PROJECT_ROOT, 'content'), OUT_DIR: outDir },
    workDir,
    'shipped',
    { searchIndex: true },
  );
  const hubDirs = readdirSync(path.join(outDir, 'hubs'), { withFileTypes: true }).filter(
    (entry) => entry.isDirectory() && existsSync(path.join(outDir, 'hubs', entry.name, 'index.html')),
  );
  const pages = await measurePageLoads(outDir, [...LIST_PAGES, ...hubDirs.map((entry) => `/hubs/${entry.name}/`)]);
  const heaviest = pages
    .filter((load) => load.page.startsWith('/hubs/') && load.page !== '/hubs/')
    .reduce((a, b) => (b.total > a.total ? b : a));
  const icsFiles = walkFiles(outDir).filter((file) => file.endsWith('.ics'));
  const hubFeeds = icsFiles
    .filter((file) => path.relative(outDir, file).startsWith(`hubs${path.sep}`) && !file.endsWith(`${path.sep}all.ics`))
    .map((file) => ({ file: path.relative(outDir, file), ...weightOf(readFileSync(file)) }))
    .sort((a, b) => b.raw - a.raw);
  const allFeed = icsFiles.find((file) => file.endsWith(`${path.sep}all.ics`));
  const feeds = hubFeeds[0]
    ? { hub: hubFeeds[0], ...(allFeed ? { all: weightOf(readFileSync(allFeed)) } : {}) }
    : undefined;
  let search: ShippedResult['search'];
  if (!existsSync(path.join(outDir, 'pagefind'))) search = { unavailable: 'no /pagefind/ in the build' };
  else {
    try {
      search = await measureSearch(outDir, SEARCH_QUERY, path.join(workDir, 'search.png'));
    } catch (error) {
      search = { unavailable: `browser measurement failed: ${(error as Error).message.split('\n')[0]}` };
    }
  }
  return { build, pages, heaviest, feeds, search };
}

async function measureSize(n: number, workDir: string): Promise<SizeResult> {
  const dir = path.join(workDir, `n${n}`);
  mkdirSync(dir, { recursive: true });
  const contentDir = path.join(dir, 'content');
  const now = new Date(EPOCH_SECONDS * 1000);
  const generated = generateContent({ hubs: n, dir: contentDir, now });
  process.env.SOURCE_DATE_EPOCH = String(EPOCH_SECONDS);
  const t0 = performance.now();
  const content = loadContent(contentDir);
  const t1 = performance.now();
  buildSite(content, now);
  const t2 = performance.now();
  console.log(
    `N=${n}: generated ${n} hubs (${generated.irregularHubs} irregular, ${generated.calendarFiles} calendars)`,
  );
  const ours = await timedBuild(
    PROJECT_ROOT,
    { CONTENT_DIR: contentDir, OUT_DIR: path.join(dir, 'dist') },
    dir,
    'ours',
    { searchIndex: true },
  );
  console.log(`N=${n}: ours ${seconds(ours.wallMs)}, peak ${mb(ours.treePeakBytes)}, ${mb(ours.output.total)} out`);
  const listPages = await measurePageLoads(path.join(dir, 'dist'), LIST_PAGES);
  const listLighthouse =
    n === LIGHTHOUSE_SIZE ? await measureListLighthouse(path.join(dir, 'dist'), LIST_PAGES) : undefined;
  const baselineRoot = path.join(dir, 'baseline');
  writeBaselineProject(baselineRoot, baselineHubs(contentDir), path.join(PROJECT_ROOT, 'node_modules'));
  const baseline = await timedBuild(baselineRoot, { OUT_DIR: path.join(baselineRoot, 'dist') }, dir, 'baseline', {
    searchIndex: false,
  });
  const bare = await measureBareParts(
    contentDir,
    path.join(baselineRoot, 'dist'),
    path.join(dir, 'bare-feeds'),
    baseline,
  );
  console.log(
    `N=${n}: baseline ${seconds(baseline.wallMs)}, bare Pagefind ${seconds(bare.pagefindMs)}, bare feeds ${seconds(bare.feedsMs)}; ours / sum ${bareRatio(ours.wallMs, bare).toFixed(2)}x`,
  );
  if (!args.has('--keep')) {
    rmSync(path.join(dir, 'dist'), { recursive: true, force: true });
    rmSync(path.join(baselineRoot, 'dist'), { recursive: true, force: true });
  }
  return {
    n,
    irregular: generated.irregularHubs,
    calendars: generated.calendarFiles,
    loadMs: t1 - t0,
    siteMs: t2 - t1,
    ours,
    baseline,
    bare,
    listPages,
    ...(listLighthouse ? { listLighthouse } : {}),
  };
}

/** Bare Pagefind CLI over the baseline's output, then bare ical-generator writing the same feeds, each in its own process. */
async function measureBareParts(
  contentDir: string,
  baselineDist: string,
  feedsDir: string,
  baseline: BuildRun,
): Promise<SizeResult['bare']> {
  const env = { ...process.env, SOURCE_DATE_EPOCH: String(EPOCH_SECONDS) };
  const pagefind = await measuredRun(
    nodeBin('pagefind/lib/runner/bin.cjs', ['--site', baselineDist]).flat(),
    PROJECT_ROOT,
    env,
  );
  if (pagefind.exitCode !== 0) throw new Error(`bare Pagefind failed:\n${pagefind.log.slice(-2000)}`);
  const feeds = await measuredRun(
    nodeBin('tsx/dist/cli.mjs', [path.join(import.meta.dirname, 'bareFeeds.ts'), contentDir, feedsDir]).flat(),
    PROJECT_ROOT,
    env,
  );
  if (feeds.exitCode !== 0) throw new Error(`bare feeds failed:\n${feeds.log.slice(-2000)}`);
  const written = parseBareFeeds(feeds.log);
  if (!args.has('--keep')) rmSync(feedsDir, { recursive: true, force: true });
  return {
    astroMs: baseline.wallMs,
    pagefindMs: pagefind.wallMs,
    feedsMs: written.ms,
    pagefindPeakBytes: pagefind.treePeakBytes,
    feedsPeakBytes: feeds.treePeakBytes,
    events: written.events,
  };
}

/** Astro's own render-and-write time per hub page (/hubs/<slug>/index.html), the work both builds share. */
const hubPageMs = (run: BuildRun) => run.routes.hubPageMs / Math.max(1, run.routes.hubPages);
const pageRatio = (r: SizeResult) => hubPageMs(r.ours) / hubPageMs(r.baseline);

const ms = (value: number | undefined) =>
  value === undefined ? 'n/a' : value >= 10_000 ? seconds(value) : `${Math.round(value)} ms`;
const verdict = (ok: boolean | undefined) => (ok === undefined ? 'not measured' : ok ? '**met**' : '**missed**');

function render(results: SizeResult[], shipped: ShippedResult, info: ReturnType<typeof machine>, date: string): string {
  const lines: string[] = [];
  lines.push(
    `Measured ${date} on ${info.cpus} cores (${info.cpuModel}), ${mb(info.memory).replace(' MB', '')} MB RAM, ` +
      `Node ${info.node}, Astro ${info.astro}; load average at start ${info.loadAverage.map((v) => v.toFixed(2)).join(' / ')}.`,
    '',
    '### Build stages (our site)',
    '',
    '| hubs | load+validate | site model | startup+config | bundle | pages | feeds | search index | other post-build | **total wall** | ms/hub | peak RSS (tree) | largest process |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const r of results) {
    const s = stages(r.ours);
    lines.push(
      `| ${r.n} | ${ms(r.loadMs)} | ${ms(r.siteMs)} | ${ms(s.startup)} | ${ms(s.bundle)} | ${ms(s.pages)} (${r.ours.routes.count.html}) | ${s.feeds === undefined ? 'n/a' : `${ms(s.feeds)} (${r.ours.routes.count.ics})`} | ${ms(s.search)} | ${ms(s.otherPostBuild + s.otherRoutes)} | **${seconds(r.ours.wallMs)}** | ${(r.ours.wallMs / r.n).toFixed(1)} | ${mb(r.ours.treePeakBytes)} | ${mb(r.ours.maxRssBytes)} |`,
    );
  }
  lines.push(
    '',
    'load+validate and site model are timed in-process (`loadContent`, `buildSite`), outside the build; the build does',
    "the same work again inside startup+config (content guard) and pages. pages, feeds: the sum of Astro's per-route",
    'times (count in brackets); other post-build: the `astro:build:done` hooks and the other routes (open data, QR',
    'codes); search index: its own process after Astro exits (scripts/search-index.ts), as `npm run build` runs it.',
    '',
    '### Output and baseline',
    '',
    '| hubs | output total | html | ics | pagefind | other | files | baseline wall (bare Astro, same pages) | **overhead ratio** (whole build) | ms per hub page, ours / bare | **page render ratio** |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const r of results) {
    const o = r.ours.output;
    lines.push(
      `| ${r.n} | ${mb(o.total)} | ${mb(o.bytes.html)} | ${o.count.ics ? mb(o.bytes.ics) : 'n/a'} | ${o.count.pagefind ? mb(o.bytes.pagefind) : 'n/a'} | ${mb(o.bytes.other)} | ${o.files} | ${seconds(r.baseline.wallMs)} | **${(r.ours.wallMs / r.baseline.wallMs).toFixed(2)}x** | ${hubPageMs(r.ours).toFixed(2)} / ${hubPageMs(r.baseline).toFixed(2)} | **${pageRatio(r).toFixed(2)}x** |`,
    );
  }
  lines.push(
    '',
    '### Against the bare tools (issue 17)',
    '',
    '| hubs | bare Astro pages | bare Pagefind CLI (peak) | bare ical-generator, same feeds (events, peak) | **sum of bare parts** | our build | **ratio = our build / sum** |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map(
      (r) =>
        `| ${r.n} | ${seconds(r.bare.astroMs)} | ${seconds(r.bare.pagefindMs)} (${mb(r.bare.pagefindPeakBytes)}) | ${seconds(r.bare.feedsMs)} (${r.bare.events}, ${mb(r.bare.feedsPeakBytes)}) | **${seconds(bareSum(r.bare))}** | ${seconds(r.ours.wallMs)} | **${bareRatio(r.ours.wallMs, r.bare).toFixed(2)}x** |`,
    ),
    '',
    'Each bare part runs in its own process in the same run as our build: the baseline below, `pagefind --site` over',
    'its output, and scripts/bench/bareFeeds.ts (our event list from src/lib given to ical-generator directly, one',
    'file per hub; its own timer, after the site model is built).',
  );
  const at = (n: number) => results.find((r) => r.n === n);
  const [r9, r500, r2000] = [at(9), at(500), at(2000)];
  const perHub = (r: SizeResult) => r.ours.wallMs / r.n;
  const marginal = (a: SizeResult, b: SizeResult) => (b.ours.wallMs - a.ours.wallMs) / (b.n - a.n);
  const linearTotal = r500 && r2000 ? perHub(r2000) / perHub(r500) : undefined;
  // Per-page render time holds up on a noisy machine better than differences of wall times.
  const renderPerPage = (r: SizeResult) => r.ours.routes.ms.html / Math.max(1, r.ours.routes.count.html);
  const linearRender = r500 && r2000 ? renderPerPage(r2000) / renderPerPage(r500) : undefined;
  const linearMarginal = r9 && r500 && r2000 ? marginal(r500, r2000) / marginal(r9, r500) : undefined;
  const page = shipped.heaviest;
  const search = shipped.search;
  lines.push(
    '',
    '### Shipped content (9 real hubs)',
    '',
    `Build: ${seconds(shipped.build.wallMs)} wall, peak ${mb(shipped.build.treePeakBytes)}, output ${mb(shipped.build.output.total)} in ${shipped.build.output.files} files.`,
    '',
    '| what | raw | gzip |',
    '|---|---:|---:|',
    shipped.feeds
      ? `| one hub feed (\`${shipped.feeds.hub.file}\`, largest) | ${kb(shipped.feeds.hub.raw)} | ${kb(shipped.feeds.hub.gzip)} |`
      : '| one hub feed | n/a (no .ics in the build) | |',
    ...(shipped.feeds?.all ? [`| all hubs feed | ${kb(shipped.feeds.all.raw)} | ${kb(shipped.feeds.all.gzip)} |`] : []),
    'unavailable' in search
      ? `| search UI + first query | n/a (${search.unavailable}) | |`
      : `| search UI + query 「${search.query}」 (${search.requests} requests, ${search.results ?? '?'} results) | ${kb(search.raw)} | ${kb(search.transferred)} |`,
    '',
    'Search bytes come from headless Chromium loading /search/ from a local server and typing the query; raw is the',
    "bodies as served (Pagefind's index chunks are already gzip-compressed), gzip compresses the text responses as a",
    'CDN would.',
    '',
    "#### What a phone's browser fetches per page (shipped content)",
    '',
    ...pageLoadTable(shipped.pages),
    '',
    '#### List pages as hubs grow',
    '',
    ...pageLoadTable(
      results.flatMap((r) => r.listPages.map((load) => ({ ...load, page: `${load.page} at ${r.n} hubs` }))),
    ),
    '',
    'Counted from a real page load in headless Chromium (390 px phone) against the build served gzip-compressed:',
    'every response body on the wire, by kind (scripts and wasm as JS), before any interaction.',
    '',
    '### Targets',
    '',
    '| target | measured | verdict |',
    '|---|---|---|',
    `| ms/hub at 2,000 within 1.2x of 500 (wall / hubs) | ${linearTotal === undefined ? 'n/a' : `${linearTotal.toFixed(2)}x`} | ${verdict(linearTotal === undefined ? undefined : linearTotal <= 1.2)} |`,
    `| same, page render time per page (Astro's per-route times) | ${linearRender === undefined ? 'n/a' : `${linearRender.toFixed(2)}x`} | ${verdict(linearRender === undefined ? undefined : linearRender <= 1.2)} |`,
    `| same, marginal wall per added hub (500→2,000 vs 9→500; unstable under load) | ${linearMarginal === undefined ? 'n/a' : `${linearMarginal.toFixed(2)}x`} | ${verdict(linearMarginal === undefined ? undefined : linearMarginal <= 1.2)} |`,
    `| 2,000 hubs built in < 60 s | ${r2000 ? seconds(r2000.ours.wallMs) : 'n/a'} | ${verdict(r2000 ? r2000.ours.wallMs < 60_000 : undefined)} |`,
    `| 2,000 hubs peak memory < 2 GB | ${r2000 ? mb(r2000.ours.treePeakBytes) : 'n/a'} | ${verdict(r2000 ? r2000.ours.treePeakBytes < 2 * 1024 ** 3 : undefined)} |`,
    `| 2,000 hubs within 1.5x the sum of the bare parts (same run) | ${r2000 ? `${bareRatio(r2000.ours.wallMs, r2000.bare).toFixed(2)}x (${seconds(r2000.ours.wallMs)} / ${seconds(bareSum(r2000.bare))})` : 'n/a'} | ${verdict(r2000 ? bareRatio(r2000.ours.wallMs, r2000.bare) <= 1.5 : undefined)} |`,
    `| 2,000 hubs peak memory < 1.2 GB | ${r2000 ? mb(r2000.ours.treePeakBytes) : 'n/a'} | ${verdict(r2000 ? r2000.ours.treePeakBytes < 1.2 * 1024 ** 3 : undefined)} |`,
    `| overhead over bare Astro < 2x (at 2,000) | ${r2000 ? `${(r2000.ours.wallMs / r2000.baseline.wallMs).toFixed(2)}x` : 'n/a'} | ${verdict(r2000 ? r2000.ours.wallMs / r2000.baseline.wallMs < 2 : undefined)} |`,
    `| heaviest hub page (\`${page.page}\`) JS before interaction ≤ 15 KB gzip | ${kb(page.bytes.js)} | ${verdict(page.bytes.js <= 15 * 1024)} |`,
    ...listTargets(r2000),
    ...listLighthouseTargets(results),
    `| same work only: ms per hub page rendered vs bare Astro < 2x (at 2,000) | ${r2000 ? `${pageRatio(r2000).toFixed(2)}x` : 'n/a'} | ${verdict(r2000 ? pageRatio(r2000) < 2 : undefined)} |`,
    `| search UI + first query < 250 KB | ${'unavailable' in search ? 'n/a' : kb(search.transferred)} | ${verdict('unavailable' in search ? undefined : search.transferred < 250 * 1024)} |`,
  );
  return lines.join('\n');
}

function pageLoadTable(loads: readonly PageLoad[]): string[] {
  return [
    '| page | requests | HTML | CSS | JS | images | other | **total** | elements |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...loads.map(
      (load) =>
        `| \`${load.page}\` | ${load.requests} | ${kb(load.bytes.html)} | ${kb(load.bytes.css)} | ${kb(load.bytes.js)} | ${kb(load.bytes.image)} | ${kb(load.bytes.font + load.bytes.data)} | **${kb(load.total)}** | ${load.elements} |`,
    ),
  ];
}

/** Issue 17's bar for the pages that list every hub, at 2,000 hubs. */
function listTargets(r2000: SizeResult | undefined): string[] {
  return LIST_PAGES.map((pathname) => {
    const load = r2000?.listPages.find((candidate) => candidate.page === pathname);
    const met = load ? load.bytes.html < 60 * 1024 && load.elements < 3000 : undefined;
    return `| \`${pathname}\` at 2,000 hubs: HTML < 60 KB gzip and < 3,000 elements | ${load ? `${kb(load.bytes.html)}, ${load.elements} elements` : 'n/a'} | ${verdict(met)} |`;
  });
}

/** Issue 17's Lighthouse bar for the list pages, at the size they were scored at. */
function listLighthouseTargets(results: readonly SizeResult[]): string[] {
  const scored = results.find((r) => r.listLighthouse);
  return (scored?.listLighthouse ?? []).map(
    ({ page, scores }) =>
      `| \`${page}\` at ${scored?.n} hubs: Lighthouse mobile performance ≥ ${LIST_LIGHTHOUSE_LEAST} | ${scores.performance} (accessibility ${scores.accessibility}, best practices ${scores['best-practices']}, SEO ${scores.seo}) | ${verdict(scores.performance >= LIST_LIGHTHOUSE_LEAST)} |`,
  );
}

async function main() {
  const info = machine();
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'kyosei-bench-'));
  console.log(`bench: sizes ${sizes.join(', ')}; work folder ${workDir}`);
  const results: SizeResult[] = [];
  for (const n of sizes) results.push(await measureSize(n, workDir));
  const largest = Math.max(...sizes);
  const incremental = measureIncremental(
    path.join(workDir, `n${largest}`, 'content'),
    path.join(workDir, `n${largest}`),
    { ...process.env, SOURCE_DATE_EPOCH: String(EPOCH_SECONDS) },
    addMonths(monthOf(tokyoDateOf(new Date(EPOCH_SECONDS * 1000))), 1),
  );
  const shipped = await measureShipped(workDir);
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const markdown = [render(results, shipped, info, `${date} UTC`), '', ...incrementalReport(largest, incremental)].join(
    '\n',
  );
  writeFileSync(path.join(workDir, 'results.json'), JSON.stringify({ info, results, incremental, shipped }, null, 2));
  console.log(`\n${markdown}\n\nraw results: ${path.join(workDir, 'results.json')}`);
  if (!args.has('--no-doc')) {
    const block = `${START_MARK}\n<!-- written by npm run bench (scripts/bench/run.ts); edit outside the markers -->\n\n${markdown}\n\n${END_MARK}`;
    const existing = existsSync(DOC) ? readFileSync(DOC, 'utf8') : `# Benchmarks\n\n${START_MARK}\n${END_MARK}\n`;
    const start = existing.indexOf(START_MARK);
    const end = existing.indexOf(END_MARK);
    const next =
      start >= 0 && end > start
        ? `${existing.slice(0, start)}${block}${existing.slice(end + END_MARK.length)}`
        : `${existing.trimEnd()}\n\n${block}\n`;
    mkdirSync(path.dirname(DOC), { recursive: true });
    writeFileSync(DOC, next);
    console.log(`updated ${path.relative(PROJECT_ROOT, DOC)}`);
  }
  if (!args.has('--keep')) {
    for (const r of results) rmSync(path.join(workDir, `n${r.n}`, 'content'), { recursive: true, force: true });
    rmSync(path.join(workDir, 'shipped-dist'), { recursive: true, force: true });
  }
}

await main();
