/**
 * `npm run build`: builds into a fresh folder beside the output and swaps it in only when
 * the whole build succeeded, so a failed build never leaves a half-written dist/ behind.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { nodeBin } from './nodeBin';

const target = path.resolve(process.env.OUT_DIR || 'dist');
const staging = `${target}.building`;
const previous = `${target}.previous`;
rmSync(staging, { recursive: true, force: true });

const build = spawnSync(...nodeBin('astro/bin/astro.mjs', ['build', ...process.argv.slice(2)]), {
  stdio: 'inherit',
  env: { ...process.env, OUT_DIR: staging },
});
if (build.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(
    `\nビルドに失敗しました。${path.relative(process.cwd(), target) || target} は前回のまま変更していません。`,
  );
  process.exit(build.status ?? 1);
}
rmSync(previous, { recursive: true, force: true });
if (existsSync(target)) renameSync(target, previous);
renameSync(staging, target);
rmSync(previous, { recursive: true, force: true });
