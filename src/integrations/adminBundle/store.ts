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
const KEEP = 12;

export interface PrebuiltBundle {
  dir: string;
  info: BundleInfo;
  reused: boolean;
}

const readJson = <T>(file: string): T | undefined =>
  existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;

/** The cached bundle for this checkout and env, when nothing it was made of changed since. */
export function cachedBundle(root: string, env: NodeJS.ProcessEnv): PrebuiltBundle | undefined {
  const cache = cacheFolder(root);
  const context = contextKey(root, env);
  const inputs = readJson<{ inputs: string[] }>(path.join(cache, `${context}.json`))?.inputs;
  const source = inputs && sourceKey(root, inputs);
  const dir = source && path.join(cache, `${context}-${source}`);
  const info = dir ? readJson<BundleInfo>(path.join(dir, BUNDLE_FILE)) : undefined;
  if (!dir || !info) return undefined;
  const now = new Date();
  utimesSync(dir, now, now);
  return { dir, info, reused: true };
}

/**
 * Files a finished bundle (prebuild.ts's output folder, inside the cache) under both keys: its
 * folder is named by them and moved into place only once complete.
 */
export function storeBundle(root: string, env: NodeJS.ProcessEnv, scratch: string): PrebuiltBundle {
  const cache = cacheFolder(root);
  const context = contextKey(root, env);
  const info = readJson<BundleInfo>(path.join(scratch, BUNDLE_FILE));
  if (!info) throw new Error(`${scratch} holds no ${BUNDLE_FILE}`);
  const dir = path.join(cache, `${context}-${sourceKey(root, info.inputs)}`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(scratch, dir);
  const pointer = path.join(cache, `${context}.json`);
  writeFileSync(`${pointer}.tmp`, JSON.stringify({ inputs: info.inputs }));
  renameSync(`${pointer}.tmp`, pointer);
  prune(cache);
  return { dir, info, reused: false };
}

/** The /admin/ bundle: the cached one, else a new one from prebuild.ts in a child process. */
export function prebuiltBundle(root: string, env: NodeJS.ProcessEnv): PrebuiltBundle {
  const cached = cachedBundle(root, env);
  if (cached) return cached;
  mkdirSync(cacheFolder(root), { recursive: true });
  const scratch = mkdtempSync(path.join(cacheFolder(root), 'tmp-'));
  const [command, args] = nodeBin('tsx/dist/cli.mjs', [path.join(import.meta.dirname, 'prebuild.ts'), root, scratch]);
  const run = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  if (run.status !== 0) {
    rmSync(scratch, { recursive: true, force: true });
    throw new Error('管理画面(/admin/)のプログラムを作れませんでした。上の記録を確認してください。');
  }
  return storeBundle(root, env, scratch);
}

/** Keeps the KEEP most recently used bundles; a pointer without its bundle only costs a rebuild. */
function prune(cache: string): void {
  const bundles = readdirSync(cache, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(cache, entry.name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  for (const stale of bundles.slice(KEEP)) rmSync(stale, { recursive: true, force: true });
}
