/**
 * The incremental figure of `npm run bench` (issue 17: a rebuild after one edit within 35% of a
 * full build at 2,000 hubs, byte-identical to a full build of the same content). Runs the steps
 * of `npm run build` (scripts/buildSteps.ts, scripts/outputSwap.ts) on generated content:
 * a clean build; one hub edited; a month added to one calendar; a clean build of the result.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fingerprints } from '../../tests/support/site';
import { astroBuildStep, searchIndexStep } from '../buildSteps';
import { newBuildFolder, outputFolders, publishBuild } from '../outputSwap';
import { parseRouteTimes, seconds } from './measure';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

/** One production build, step by step. */
export interface StepTimes {
  wallMs: number;
  astroMs: number;
  /** Astro's "generating static routes" phase, and what it rendered and copied from the cache. */
  generationMs: number | undefined;
  rendered: number;
  restored: number;
  searchMs: number;
  swapMs: number;
}

export interface IncrementalResult {
  full: StepTimes;
  hubEdit: StepTimes;
  monthAdded: StepTimes;
  clean: StepTimes;
  /** The slower rebuild over the full build (the target is ≤ 0.35). */
  ratio: number;
  /** Files where the last rebuild and the clean build of the same content differ. */
  differing: string[];
}

function run([command, args]: [string, string[]], env: NodeJS.ProcessEnv): { ms: number; log: string } {
  const started = performance.now();
  const step = spawnSync(command, args, { cwd: PROJECT_ROOT, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const log = `${step.stdout}${step.stderr}`;
  if (step.status !== 0) throw new Error(`${path.basename(args[0] ?? command)} failed:\n${log.slice(-3000)}`);
  return { ms: performance.now() - started, log };
}

/**
 * What `npm run build` does (scripts/build.ts), timed per step; `--force` for a clean build.
 * The log goes to `logFile`, for the per-route times.
 */
function productionBuild(outDir: string, env: NodeJS.ProcessEnv, clean: boolean, logFile: string): StepTimes {
  const staging = newBuildFolder(outDir);
  const stepEnv = { ...env, OUT_DIR: staging };
  const astro = run(astroBuildStep(clean ? ['--force'] : []), stepEnv);
  const search = run(searchIndexStep(staging), stepEnv);
  writeFileSync(logFile, `${astro.log}${search.log}`);
  const swapStart = performance.now();
  publishBuild(outDir, staging);
  const swapMs = performance.now() - swapStart;
  const routes = parseRouteTimes(astro.log);
  const restored = astro.log.match(/\(restored\)|\(cached\)/g)?.length ?? 0;
  const written = Object.values(routes.count).reduce((sum, count) => sum + count, 0);
  return {
    wallMs: astro.ms + search.ms + swapMs,
    astroMs: astro.ms,
    generationMs: routes.generationMs,
    rendered: written,
    restored,
    searchMs: search.ms,
    swapMs,
  };
}

/** The first irregular hub's calendar for next month: taken out before the first build, put back later. */
function monthToAdd(contentDir: string, nextMonth: string): { file: string; text: string } {
  const calendars = path.join(contentDir, 'calendars');
  for (const name of readdirSync(calendars).sort()) {
    if (!name.endsWith(`-${nextMonth}.yaml`)) continue;
    const file = path.join(calendars, name);
    const text = readFileSync(file, 'utf8');
    if (/^openDays:/m.test(text)) return { file, text };
  }
  throw new Error(`no irregular hub has a calendar for ${nextMonth}`);
}

/**
 * Runs the four builds in `workDir` on `contentDir` (changed in place) with `env` (the bench's
 * SOURCE_DATE_EPOCH); `nextMonth` is the month after the build's, as YYYY-MM.
 */
export function measureIncremental(
  contentDir: string,
  workDir: string,
  env: NodeJS.ProcessEnv,
  nextMonth: string,
): IncrementalResult {
  const buildEnv = { ...env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' };
  const outDir = path.join(workDir, 'incremental-dist');
  const cleanDir = path.join(workDir, 'clean-dist');
  const month = monthToAdd(contentDir, nextMonth);
  rmSync(month.file);
  try {
    const log = (name: string) => path.join(workDir, `incremental-${name}.log`);
    const full = productionBuild(outDir, buildEnv, true, log('full'));
    const hubs = path.join(contentDir, 'hubs');
    const hubFile = path.join(hubs, readdirSync(hubs).sort()[0] as string);
    writeFileSync(hubFile, readFileSync(hubFile, 'utf8').replace(/^phone: .*$/m, 'phone: 0798-99-9999'));
    const hubEdit = productionBuild(outDir, buildEnv, false, log('hub-edit'));
    writeFileSync(month.file, month.text);
    const monthAdded = productionBuild(outDir, buildEnv, false, log('month-added'));
    const clean = productionBuild(cleanDir, buildEnv, true, log('clean'));
    const a = fingerprints(outDir);
    const b = fingerprints(cleanDir);
    const differing = Object.keys({ ...a, ...b }).filter((file) => a[file] !== b[file]);
    return {
      full,
      hubEdit,
      monthAdded,
      clean,
      ratio: Math.max(hubEdit.wallMs, monthAdded.wallMs) / full.wallMs,
      differing,
    };
  } finally {
    if (!existsSync(month.file)) writeFileSync(month.file, month.text);
    for (const folder of [...outputFolders(outDir), ...outputFolders(cleanDir)])
      rmSync(folder, { recursive: true, force: true });
  }
}

/** The figures as Markdown lines for the bench's report. */
export function incrementalReport(n: number, result: IncrementalResult): string[] {
  const row = (label: string, step: StepTimes) =>
    `| ${label} | **${seconds(step.wallMs)}** | ${seconds(step.astroMs)} | ${step.generationMs === undefined ? 'n/a' : seconds(step.generationMs)} | ${step.rendered} / ${step.restored} | ${seconds(step.searchMs)} | ${seconds(step.swapMs)} |`;
  const met = result.ratio <= 0.35 && result.differing.length === 0;
  return [
    `### Incremental rebuild (${n} hubs)`,
    '',
    '| build | wall | Astro | of which routes | rendered / copied | search index | switch dist |',
    '|---|---:|---:|---:|---:|---:|---:|',
    row('full (clean, `--force`)', result.full),
    row('after editing one hub', result.hubEdit),
    row('after adding a month to one calendar', result.monthAdded),
    row('full again (the comparison build)', result.clean),
    '',
    `Rebuild / full: **${(result.ratio * 100).toFixed(0)}%** (target ≤ 35%): ${met ? '**met**' : '**missed**'}; ` +
      (result.differing.length === 0
        ? 'the rebuilt site is byte-identical to a clean build of the same content.'
        : `**${result.differing.length} files differ** from a clean build: ${result.differing.slice(0, 10).join(', ')}`),
  ];
}
