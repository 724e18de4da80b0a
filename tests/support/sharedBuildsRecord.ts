import { existsSync } from 'node:fs';
import { fingerprints } from './site';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's folder for shared builds (tests/support/sharedBuildsSetup.ts). */
    sharedBuildsDir: string;
  }
}

/** What tests/support/sharedBuilds.ts keeps beside each shared build. */
export interface SharedBuildRecord {
  name: string;
  outDir: string;
  status: number | null;
  output: string;
  /** Fingerprints right after the build: a shared build is read-only. */
  files: Record<string, string>;
}

export const RECORD_FILE = 'build.json';

/** Files of a shared build added, removed or changed since it was built. */
export function changedFiles(record: SharedBuildRecord): string[] {
  const now = existsSync(record.outDir) ? fingerprints(record.outDir) : {};
  return [...new Set([...Object.keys(record.files), ...Object.keys(now)])]
    .filter((file) => record.files[file] !== now[file])
    .sort();
}
