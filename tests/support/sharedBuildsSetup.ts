/**
 * globalSetup of the site project (vitest.config.ts): one temporary folder per run for the
 * shared builds of ./sharedBuilds.ts, removed when the run ends. Before removing it, checks
 * that no test changed a shared build after its last request.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { changedFiles, RECORD_FILE, type SharedBuildRecord } from './sharedBuildsRecord';

export default function setup(project: TestProject): () => void {
  const root = mkdtempSync(path.join(tmpdir(), 'kyosei-shared-builds-'));
  project.provide('sharedBuildsDir', root);
  return () => {
    try {
      const changed = readdirSync(root)
        .map((name) => path.join(root, name, RECORD_FILE))
        .filter((file) => existsSync(file))
        .map((file) => JSON.parse(readFileSync(file, 'utf8')) as SharedBuildRecord)
        .flatMap((record) => changedFiles(record).map((file) => `${record.name}: ${file}`));
      if (changed.length > 0) throw new Error(`a test changed shared builds: ${changed.join(', ')}`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };
}
