import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { nodeBin } from '../../../scripts/nodeBin';
import { contextKey, sourceKey } from './cacheKey';
import { BUNDLE_FILE, type BundleInfo } from './shared';

/** Where prebuilt bundles are kept: inside .astro/, which the deploy workflow caches between runs. */
export const cacheFolder = (root: string) => path.join(root, '.astro/admin-bundle');
/** Bundles kept (tests build /admin/ for many backend addresses); the least recently used go first. */
const KEEP = 6;

export interface PrebuiltBundle {
  dir: string;
  info: BundleInfo;
  reused: boolean;
}

const readJson = <T>(file: string): T | undefined =>
  existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;

/**
 * The /admin/ bundle for this checkout and env: the cached one when nothing it was made of
 * changed, else a new one from prebuild.ts in a child process. A bundle's folder is named by
 * both keys and moved into place only once complete.
 */
export function prebuiltBundle(root: string, env: NodeJS.ProcessEnv): PrebuiltBundle {
  const cache = cacheFolder(root);
  const context = contextKey(root, env);
  const pointer = path.join(cache, `${context}.json`);
  const inputs = readJson<{ inputs: string[] }>(pointer)?.inputs;
  const source = inputs && sourceKey(root, inputs);
  const known = source && path.join(cache, `${context}-${source}`);
  if (known && existsSync(path.join(known, BUNDLE_FILE))) {
    const now = new Date();
    utimesSync(known, now, now);
    return { dir: known, info: readJson<BundleInfo>(path.join(known, BUNDLE_FILE)) as BundleInfo, reused: true };
  }
  mkdirSync(cache, { recursive: true });
  const scratch = mkdtempSync(path.join(cache, 'tmp-'));
  const [command, args] = nodeBin('tsx/dist/cli.mjs', [path.join(import.meta.dirname, 'prebuild.ts'), root, scratch]);
  const run = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  if (run.status !== 0) {
    rmSync(scratch, { recursive: true, force: true });
    throw new Error('管理画面(/admin/)のプログラムを作れませんでした。上の記録を確認してください。');
  }
  const info = readJson<BundleInfo>(path.join(scratch, BUNDLE_FILE)) as BundleInfo;
  const dir = path.join(cache, `${context}-${sourceKey(root, info.inputs)}`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(scratch, dir);
  writeFileSync(`${pointer}.tmp`, JSON.stringify({ inputs: info.inputs }));
  renameSync(`${pointer}.tmp`, pointer);
  prune(cache);
  return { dir, info, reused: false };
}

/** Keeps the KEEP most recently used bundles; a pointer without its bundle only costs a rebuild. */
function prune(cache: string): void {
  const bundles = readdirSync(cache, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(cache, entry.name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  for (const stale of bundles.slice(KEEP)) rmSync(stale, { recursive: true, force: true });
}
