/**
 * Same site whatever the checkout: 更新日 and the feeds' DTSTAMPs come from the content itself
 * (src/lib/content/changeTimes.ts), so a shallow clone and a `git archive` export with fresh file
 * times build the same bytes as the full checkout that the shared fixture build reads.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED_BUILDS, sharedBuild } from './support/sharedBuilds';
import { type BuildResult, buildSite, FIXTURES, fingerprints } from './support/site';

let dir: string;
let repo: string;
const builds: BuildResult[] = [];

function git(cwd: string, args: string[], date = '2026-08-01T10:00:00+09:00'): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=Checkout test', '-c', 'user.email=checkout-test@example.invalid', ...args],
    {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    },
  ).trim();
}

/** Builds a copy's content folder like the shared fixture build and lists the files that differ from it. */
function differences(contentDir: string): string[] {
  const build = buildSite(contentDir, SHARED_BUILDS.fixture.env);
  builds.push(build);
  expect(build.status, build.output).toBe(0);
  const full = fingerprints(sharedBuild('fixture').outDir);
  const copy = fingerprints(build.outDir);
  expect(Object.keys(full).length).toBeGreaterThan(20);
  return Object.keys({ ...full, ...copy }).filter((file) => full[file] !== copy[file]);
}

/** Every file and folder under `root`. */
function allPaths(root: string): string[] {
  return readdirSync(root, { recursive: true }).map((name) => path.join(root, String(name)));
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kyosei-checkouts-'));
  // A history whose dates differ from each other and from the build instant (2026-09-15): the
  // content's own commit, then a later commit that touches something else.
  repo = path.join(dir, 'repo');
  cpSync(path.join(FIXTURES, 'small'), path.join(repo, 'content'), { recursive: true });
  git(repo, ['init', '-q', '-b', 'main']);
  git(repo, ['add', '.']);
  git(repo, ['commit', '-q', '-m', 'content']);
  writeFileSync(path.join(repo, 'NOTES.txt'), 'not content\n');
  git(repo, ['add', '.']);
  git(repo, ['commit', '-q', '-m', 'notes'], '2026-09-10T10:00:00+09:00');
});
afterAll(() => {
  for (const folder of [dir, ...builds.flatMap((build) => build.folders)]) {
    if (folder) rmSync(folder, { recursive: true, force: true });
  }
});

describe('the same site whatever the checkout', () => {
  it('takes 更新日 and the DTSTAMPs from the content', () => {
    const full = sharedBuild('fixture');
    expect(full.read('hubs/weekday-hub/index.html')).toContain('<time datetime="2026-09-01">');
    const stamps = new Set(full.read('hubs/weekday-hub/calendar.ics').match(/^DTSTAMP:[^\r]*/gm));
    expect([...stamps]).toEqual(['DTSTAMP:20260831T150000Z']);
  });

  it('builds the same bytes from a shallow clone', () => {
    const shallow = path.join(dir, 'shallow');
    git(dir, ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
    expect(git(shallow, ['rev-parse', '--is-shallow-repository'])).toBe('true');
    expect(differences(path.join(shallow, 'content'))).toEqual([]);
  });

  it('builds the same bytes from a `git archive` export whose file times were reset', () => {
    const exported = path.join(dir, 'export');
    const archive = path.join(dir, 'content.tar');
    git(repo, ['archive', '--format=tar', '-o', archive, 'HEAD', 'content']);
    mkdirSync(exported);
    execFileSync('tar', ['-xf', archive, '-C', exported]);
    const reset = new Date('2026-09-12T08:00:00+09:00');
    for (const file of allPaths(path.join(exported, 'content'))) utimesSync(file, reset, reset);
    expect(differences(path.join(exported, 'content'))).toEqual([]);
  });
});
