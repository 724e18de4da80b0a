import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './support/site';

interface Step {
  name?: string;
  id?: string;
  run?: string;
  uses?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { needs?: string[]; if?: string; steps: Step[] }>;
}

const workflow = (name: string) =>
  yaml.load(readFileSync(path.join(PROJECT_ROOT, '.github/workflows', name), 'utf8')) as Workflow;
const runs = (steps: Step[]) => steps.map((step) => step.run ?? '').join('\n');

describe('GitHub Actions workflows', () => {
  it('check every pull request (every CMS draft) with the content check and the full build', () => {
    const check = workflow('check-content.yml');
    expect(check.on.pull_request).toEqual({ branches: ['main'] });
    const steps = Object.values(check.jobs).flatMap((job) => job.steps);
    expect(runs(steps)).toMatch(/npm ci/);
    expect(runs(steps)).toMatch(/npm run check:content/);
    expect(runs(steps)).toMatch(/npm run build/);
  });

  it('deploy on push and daily at 00:05 JST, report a failure in one issue and close it on success', () => {
    const deploy = workflow('deploy.yml');
    expect(deploy.on.push).toEqual({ branches: ['main'] });
    expect(deploy.on.schedule).toEqual([{ cron: '5 15 * * *' }]);
    expect(deploy.permissions?.issues).toBe('write');
    const build = deploy.jobs.build;
    expect(build).toBeDefined();
    const report = build?.steps.find((step) => step.if === 'failure()');
    expect(report?.run).toContain('gh issue create');
    expect(report?.run).toContain('gh issue comment');
    expect(report?.run).toContain('サイトの公開に失敗しました');
    // The log the issue quotes is the build's own output, and a failing build still fails the step.
    expect(runs(build?.steps ?? [])).toContain('set -o pipefail');
    expect(runs(build?.steps ?? [])).toContain('tee build.log');
    // dist is a link (scripts/outputSwap.ts): Pages gets the real folder, which a link-free artifact needs.
    const upload = build?.steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact'));
    const folder = build?.steps.find((step) => step.run?.includes('realpath dist'));
    expect(upload?.with?.path).toBe(`\${{ steps.${folder?.id}.outputs.dir }}`);
    // The incremental build's cache is carried from run to run, restored before the build.
    const cache = build?.steps.findIndex((step) => step.uses?.startsWith('actions/cache'));
    expect(build?.steps[cache ?? -1]?.with?.path).toBe('.astro/cache');
    expect(cache).toBeLessThan(build?.steps.findIndex((step) => step.run?.includes('npm run build')) ?? -1);
    const resolved = deploy.jobs.resolved;
    expect(resolved?.needs).toContain('build');
    expect(runs(resolved?.steps ?? [])).toContain('gh issue close');
  });
});
