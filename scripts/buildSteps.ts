import path from 'node:path';
import { nodeBin } from './nodeBin';

/**
 * The steps of `npm run build`, as command lines: shared by scripts/build.ts and the benchmark,
 * so the bench times the same commands the build runs.
 */
export function astroBuildStep(args: readonly string[] = []): [string, string[]] {
  return nodeBin('astro/bin/astro.mjs', ['build', ...args]);
}

/** The search index, in its own process after Astro has exited (scripts/search-index.ts). */
export function searchIndexStep(outDir: string): [string, string[]] {
  return nodeBin('tsx/dist/cli.mjs', [path.join(import.meta.dirname, 'search-index.ts'), outDir]);
}
