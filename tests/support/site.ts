import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { outputFolders } from '../../scripts/outputSwap';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
export const SHIPPED_CONTENT = path.join(PROJECT_ROOT, 'content');
export const FIXTURES = path.join(PROJECT_ROOT, 'tests/fixtures');
/** 2026-09-15 12:00 JST: the window then holds 2026-09-22 (国民の休日), the year end and 2027-03-22 (振替休日). */
export const FIXTURE_EPOCH = String(Date.parse('2026-09-15T12:00:00+09:00') / 1000);

export interface BuildResult {
  status: number | null;
  output: string;
  /** The site: a link to the build's folder (scripts/outputSwap.ts). */
  outDir: string;
  /** Everything the build made on disk, to remove when done (the link and the builds behind it). */
  folders: string[];
  read: (file: string) => string;
}

/**
 * What vitest sets in process.env for its own Vite. A child build must not inherit
 * them: DEV=1 makes `import.meta.env.DEV` true (and PROD false) in a production build.
 */
const VITEST_ENV = ['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL', 'NODE_ENV', 'TEST', 'VITEST'];

/** The environment a person's shell would give a child process: the test runner's own variables removed. */
export function childEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !VITEST_ENV.includes(name) && !name.startsWith('VITEST')),
  );
}

/** A finished build as a BuildResult (for a build made earlier in the run). */
export function buildResult(outDir: string, status: number | null, output: string): BuildResult {
  return {
    status,
    output,
    outDir,
    folders: outputFolders(outDir),
    read: (file) => readFileSync(path.join(outDir, file), 'utf8'),
  };
}

/**
 * Runs the real `npm run build` (scripts/build.ts: Astro, then the search index) on a content folder,
 * into a fresh temporary dist unless `options.outDir` names one. The caller removes `folders` when done.
 * Builds run one at a time: two Astro builds in one checkout collide in .astro/.
 * A clean build (`--force`) unless `options.incremental`: a test's build then never reuses pages
 * an earlier test built from other content or in another zone (tests/incremental.test.ts opts in).
 */
export function buildSite(
  contentDir: string,
  env: Record<string, string> = {},
  options: { outDir?: string; incremental?: boolean } = {},
): BuildResult {
  const outDir = options.outDir ?? mkdtempSync(path.join(tmpdir(), 'kyosei-dist-'));
  const cli = [
    path.join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'),
    path.join(PROJECT_ROOT, 'scripts/build.ts'),
    ...(options.incremental ? [] : ['--force']),
  ];
  const result = spawnSync(process.execPath, cli, {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...childEnv(), CONTENT_DIR: contentDir, OUT_DIR: outDir, SOURCE_DATE_EPOCH: FIXTURE_EPOCH, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return buildResult(outDir, result.status, `${result.stdout}${result.stderr}`);
}

/** Every file under `dir` (relative, '/'-separated) with the SHA-256 of its bytes. */
export function fingerprints(dir: string, prefix = ''): Record<string, string> {
  const result: Record<string, string> = {};
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = path.posix.join(prefix, entry.name);
    if (entry.isDirectory()) Object.assign(result, fingerprints(dir, relative));
    else
      result[relative] = createHash('sha256')
        .update(readFileSync(path.join(dir, relative)))
        .digest('hex');
  }
  return result;
}
