import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BROKEN_CONTENT, edit, WEEKDAY_HUB } from './support/brokenContent';
import { buildSite, childEnv, FIXTURES, PROJECT_ROOT } from './support/site';

/**
 * Every case of BROKEN_CONTENT is checked without a build in src/lib/content/brokenContent.test.ts
 * (the message the build prints comes from loadContent). These few run the whole `npm run build`,
 * one of each kind of failure, to prove the pipeline stops, says why, and writes nothing.
 */
const AT_BUILD_LEVEL = [
  'invalid YAML', // the file cannot be read
  'a file that is not UTF-8', // the bytes cannot be decoded
  'a calendar for an unknown hub', // a rule across files
  'missing settings', // a required file is absent
  'an unpaired surrogate in an address', // passed validation once, then crashed the render
];
/** What lies in the content folder rather than in a file: one build with all of them, each named in its output. */
const AT_ONCE = [
  'a dangling symlink',
  'a folder named like a Markdown file',
  'a folder named like a YAML file',
  'an upper-case extension',
  'a symlinked file pointing outside content',
  'a symlinked folder pointing outside content',
  'an escape sequence in a note',
];

/** Astro's report of an error it did not expect: internals after the Japanese message. */
function expectNoStackTrace(output: string): void {
  expect(output).not.toMatch(/Stack trace|unhandled error|\n\s+at /);
}

/** Temporary folders this file made: removed when it is done. */
const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function brokenCopy(change: (root: string) => void): string {
  const root = mkdtempSync(path.join(tmpdir(), 'kyosei-broken-'));
  scratch.push(root);
  cpSync(path.join(FIXTURES, 'small'), root, { recursive: true });
  change(root);
  return root;
}

describe('the build refuses broken content', () => {
  it('keeps at build level only cases that exist in BROKEN_CONTENT', () => {
    const names = BROKEN_CONTENT.map((c) => c.name);
    expect([...AT_BUILD_LEVEL, ...AT_ONCE].filter((name) => !names.includes(name))).toEqual([]);
  });

  it.each(BROKEN_CONTENT.filter((c) => AT_BUILD_LEVEL.includes(c.name)).map((c) => [c.name, c] as const))(
    '%s: exits non-zero, names file and field, writes nothing',
    (_name, broken) => {
      const build = buildSite(brokenCopy(broken.change));
      scratch.push(...build.folders);
      expect(build.status).not.toBe(0);
      const line = build.output
        .split('\n')
        .find((candidate) => candidate.includes(broken.file) && candidate.includes(broken.message));
      expect(line, build.output).toBeDefined();
      if (broken.fieldLabel) expect(line).toContain(`の「${broken.fieldLabel}」: `);
      expectNoStackTrace(build.output);
      expect(build.output).not.toContain('URIError');
      expect(readdirSync(build.outDir)).toEqual([]);
    },
  );

  it('names every problem of the folder in one stop', () => {
    const cases = BROKEN_CONTENT.filter((c) => AT_ONCE.includes(c.name));
    const build = buildSite(
      brokenCopy((root) => {
        for (const broken of cases) broken.change(root);
      }),
    );
    scratch.push(build.outDir);
    expect(build.status).not.toBe(0);
    for (const broken of cases) {
      const line = build.output
        .split('\n')
        .find((candidate) => candidate.includes(broken.file) && candidate.includes(broken.message));
      expect(line, `${broken.name}\n${build.output}`).toBeDefined();
    }
    expectNoStackTrace(build.output);
    expect(readdirSync(build.outDir)).toEqual([]);
  });

  it('keeps the previous dist/ when `npm run build` fails', () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'kyosei-out-'));
    scratch.push(parent);
    const outDir = path.join(parent, 'dist');
    mkdirSync(outDir);
    writeFileSync(path.join(outDir, 'index.html'), 'previous build');
    const content = brokenCopy((root) => edit(root, WEEKDAY_HUB, 'closes: "16:00"', 'closes: "09:00"'));
    const build = spawnSync(
      process.execPath,
      [path.join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts'],
      {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
        env: { ...childEnv(), CONTENT_DIR: content, OUT_DIR: outDir },
      },
    );
    expect(build.status).not.toBe(0);
    expect(build.stderr).toContain('前回のまま変更していません');
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('previous build');
    expect(readdirSync(path.dirname(outDir))).toEqual(['dist']);
  });
});
