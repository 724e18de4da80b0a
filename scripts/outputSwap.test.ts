import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildsFolder, discardBuild, newBuildFolder, outputFolders, publishBuild } from './outputSwap';

const SWAP = path.join(import.meta.dirname, 'outputSwap.ts');

let parent: string;
afterEach(() => rmSync(parent, { recursive: true, force: true }));

function setUp(): string {
  parent = mkdtempSync(path.join(tmpdir(), 'kyosei-swap-'));
  return path.join(parent, 'dist');
}

/** A finished build whose page says `text`. */
function build(target: string, text: string): string {
  const folder = newBuildFolder(target);
  writeFileSync(path.join(folder, 'index.html'), text);
  return folder;
}

const page = (target: string) => readFileSync(path.join(target, 'index.html'), 'utf8');

describe('publishBuild', () => {
  it('switches dist/ to the new build and keeps only the previous one', () => {
    const target = setUp();
    publishBuild(target, build(target, 'one'));
    expect(lstatSync(target).isSymbolicLink()).toBe(true);
    expect(path.isAbsolute(readlinkSync(target))).toBe(false);
    expect(statSync(target).mode & 0o777).toBe(0o755);
    expect(page(target)).toBe('one');
    publishBuild(target, build(target, 'two'));
    publishBuild(target, build(target, 'three'));
    expect(page(target)).toBe('three');
    expect(readdirSync(buildsFolder(target))).toHaveLength(2);
    expect(readdirSync(parent).sort()).toEqual(['dist', 'dist.builds']);
  });

  it.each(['linked', 'switched', 'cleaned'])('leaves a whole site when it stops after %s', (stop) => {
    const target = setUp();
    publishBuild(target, build(target, 'old'));
    const stale = build(target, 'stale'); // a build that crashed earlier
    expect(() =>
      publishBuild(target, build(target, 'new'), (name) => {
        if (name === stop) throw new Error('crash');
      }),
    ).toThrow('crash');
    expect(['old', 'new']).toContain(page(target));
    // The next build recovers: its own folder and the one it replaced, nothing else.
    publishBuild(target, build(target, 'next'));
    expect(page(target)).toBe('next');
    expect(readdirSync(buildsFolder(target))).toHaveLength(2);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(`${target}.next`)).toBe(false);
  });

  it('replaces a real dist/ folder from an older build, which a crash before that leaves intact', () => {
    const target = setUp();
    mkdirSync(target);
    writeFileSync(path.join(target, 'index.html'), 'legacy');
    expect(() =>
      publishBuild(target, build(target, 'new'), (name) => {
        if (name === 'linked') throw new Error('crash');
      }),
    ).toThrow('crash');
    expect(page(target)).toBe('legacy');
    publishBuild(target, build(target, 'new'));
    expect(page(target)).toBe('new');
    publishBuild(target, build(target, 'newer'));
    expect(readdirSync(buildsFolder(target))).toHaveLength(2);
  });

  it('still serves the old site when the process is killed in the middle of the swap', () => {
    const target = setUp();
    publishBuild(target, build(target, 'old'));
    const folder = build(target, 'new');
    const script = `import { publishBuild } from ${JSON.stringify(SWAP)};
publishBuild(${JSON.stringify(target)}, ${JSON.stringify(folder)}, (name) => {
  if (name === 'linked') process.kill(process.pid, 'SIGKILL');
});`;
    const child = spawnSync(process.execPath, ['--input-type=module', '--eval', script], { encoding: 'utf8' });
    expect(child.signal, child.stderr).toBe('SIGKILL');
    expect(existsSync(`${target}.next`)).toBe(true); // killed after its first step
    expect(page(target)).toBe('old');
  });

  it('gives a reader a whole site at every instant while builds are swapped in', async () => {
    const target = setUp();
    publishBuild(target, build(target, 'build 0'));
    const done = path.join(parent, 'done');
    const script = `import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { newBuildFolder, publishBuild } from ${JSON.stringify(SWAP)};
const target = ${JSON.stringify(target)};
const pause = new Int32Array(new SharedArrayBuffer(4));
for (let i = 1; i <= 50; i++) {
  // A real build takes seconds: never two switches while one read is still finding its file.
  Atomics.wait(pause, 0, 0, 20);
  const folder = newBuildFolder(target);
  writeFileSync(path.join(folder, 'index.html'), 'build ' + i);
  publishBuild(target, folder);
}
writeFileSync(${JSON.stringify(done)}, '');`;
    const child = spawn(process.execPath, ['--input-type=module', '--eval', script], { stdio: 'ignore' });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    const seen = new Set<string>();
    let misses = 0;
    const deadline = Date.now() + 60_000;
    while (!existsSync(done) && Date.now() < deadline) {
      try {
        seen.add(page(target));
      } catch {
        misses++;
      }
    }
    await exited;
    expect(misses).toBe(0);
    expect(seen.size).toBeGreaterThan(1);
    expect(page(target)).toBe('build 50');
  }, 30_000);
});

describe('discardBuild', () => {
  it('removes a failed build, and the builds folder when it was the only one', () => {
    const target = setUp();
    discardBuild(build(target, 'failed'));
    expect(readdirSync(parent)).toEqual([]);
    publishBuild(target, build(target, 'good'));
    discardBuild(build(target, 'failed'));
    expect(readdirSync(buildsFolder(target))).toHaveLength(1);
    expect(outputFolders(target).filter((file) => existsSync(file))).toEqual([target, buildsFolder(target)]);
  });
});
