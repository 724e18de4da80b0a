import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sourceInputs } from './cacheKey';
import { BUNDLE_FILE } from './shared';
import { cachedBundle, cacheFolder, storeBundle } from './store';

let root: string;
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};
const env = { DECAP_BACKEND_REPO: 'city/site', HOME: '/home/a' };

/** A finished prebuild, as prebuild.ts leaves it in the cache folder. */
function finishedPrebuild(): string {
  const scratch = mkdtempSync(path.join(cacheFolder(root), 'tmp-'));
  mkdirSync(path.join(scratch, '_astro'));
  writeFileSync(path.join(scratch, '_astro/cms.abc.js'), 'console.log(1)');
  writeFileSync(
    path.join(scratch, BUNDLE_FILE),
    JSON.stringify({ entry: '/_astro/cms.abc.js', inputs: ['admin/init.ts', 'src/lib/a.ts'] }),
  );
  return scratch;
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'admin-bundle-'));
  write('package-lock.json', '{}');
  write('admin/init.ts', 'import "../src/lib/a";');
  write('src/lib/a.ts', 'export const a = 1;');
  write('src/lib/unrelated.ts', 'export const b = 1;');
  mkdirSync(cacheFolder(root), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the cached /admin/ bundle', () => {
  it('is reused while its sources, packages and compiled-in env stay the same', () => {
    expect(cachedBundle(root, env)).toBeUndefined();
    const stored = storeBundle(root, env, finishedPrebuild());
    expect(stored.reused).toBe(false);
    const again = cachedBundle(root, { ...env, HOME: '/home/b' });
    expect(again).toMatchObject({ dir: stored.dir, reused: true, info: { entry: '/_astro/cms.abc.js' } });
    expect(readFileSync(path.join(stored.dir, '_astro/cms.abc.js'), 'utf8')).toBe('console.log(1)');
    write('src/lib/unrelated.ts', 'export const b = 2;');
    expect(cachedBundle(root, env)?.dir).toBe(stored.dir);
  });

  it('is not reused after a change to a file it was made of, the lock file or a DECAP_ value', () => {
    storeBundle(root, env, finishedPrebuild());
    write('admin/init.ts', 'import "../src/lib/a"; // edited');
    expect(cachedBundle(root, env)).toBeUndefined();
    write('admin/init.ts', 'import "../src/lib/a";');
    expect(cachedBundle(root, env)?.reused).toBe(true);
    expect(cachedBundle(root, { ...env, DECAP_BACKEND_REPO: 'city/other' })).toBeUndefined();
    write('package-lock.json', '{"v":2}');
    expect(cachedBundle(root, env)).toBeUndefined();
    storeBundle(root, env, finishedPrebuild());
    // A stylesheet another one @imports is no module of the bundle, and still counts.
    write('src/styles/tokens.css', ':root { --a: 1px; }');
    expect(cachedBundle(root, env)).toBeUndefined();
  });

  it('is not reused once a file it was made of is gone', () => {
    storeBundle(root, env, finishedPrebuild());
    rmSync(path.join(root, 'src/lib/a.ts'));
    expect(cachedBundle(root, env)).toBeUndefined();
  });
});

describe('sourceInputs', () => {
  it('keeps the project’s own files of a bundle, without packages, virtual modules or queries', () => {
    const ids = [
      path.join('/p', 'admin/init.ts'),
      path.join('/p', 'src/styles/site.css?inline'),
      path.join('/p', 'node_modules/decap-cms-app/dist/index.js'),
      '\0vite/preload-helper',
      'astro:env/client',
      path.join('/elsewhere', 'x.ts'),
      path.join('/p', 'admin/init.ts'),
    ];
    expect(sourceInputs('/p', ids)).toEqual(['admin/init.ts', 'src/styles/site.css']);
  });
});
