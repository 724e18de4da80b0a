/**
 * `npm run build`: the Astro build, then the search index in a process of its own (so the two
 * never hold memory at the same time), into a fresh folder that dist/ is switched to only when
 * every step succeeded (scripts/outputSwap.ts): a failed build never leaves a half-written
 * dist/ behind, and no instant is without one.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { astroBuildStep, searchIndexStep } from './buildSteps';
import { discardBuild, newBuildFolder, publishBuild } from './outputSwap';

const target = path.resolve(process.env.OUT_DIR || 'dist');
const staging = newBuildFolder(target);

// The whole build speaks for one instant ("today", open now, the feed window), even when it
// runs across midnight: pinned here unless the caller pinned it already.
const env = {
  ...process.env,
  SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH || String(Math.floor(Date.now() / 1000)),
};
const steps = [astroBuildStep(process.argv.slice(2)), searchIndexStep(staging)];
for (const [command, args] of steps) {
  const step = spawnSync(command, args, { stdio: 'inherit', env: { ...env, OUT_DIR: staging } });
  if (step.status !== 0) {
    discardBuild(staging);
    console.error(
      `\nビルドに失敗しました。${path.relative(process.cwd(), target) || target} は前回のまま変更していません。`,
    );
    process.exit(step.status ?? 1);
  }
}
publishBuild(target, staging);
