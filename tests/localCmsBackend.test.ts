/**
 * The local CMS backend of `npm run dev` (scripts/localCms): the real decap-server behind the
 * guard, on a temporary git repository. Out-of-scope and cross-origin requests are refused and
 * change nothing; malformed ones get an error and the backend stays up; concurrent saves never
 * leave a torn file.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GuardedBackend, startGuardedBackend } from '../scripts/localCms/guardedBackend';
import { freePort, temporaryContentRepo } from './support/cmsStack';
import { SHIPPED_CONTENT } from './support/site';

const SITE = 'http://127.0.0.1:4321';
let repo: string;
let backend: GuardedBackend;
let api: string;

/** Every file of the repository outside content/ (and .git objects), with its bytes. */
function outsideContent(): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(repo, { recursive: true, encoding: 'utf8' })) {
    if (name.startsWith('content') || name.startsWith(`.git${path.sep}objects`)) continue;
    try {
      files.set(name, readFileSync(path.join(repo, name), 'utf8'));
    } catch {
      // a folder
    }
  }
  return files;
}

async function call(body: unknown, origin: string | null = SITE): Promise<{ status: number; json: unknown }> {
  const response = await fetch(api, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(origin ? { Origin: origin } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, json: await response.json().catch(() => null) };
}

/** A request with a Host header of our choosing (fetch always sends the real one). */
function withHost(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      api,
      { method: 'POST', headers: { Host: host, Origin: SITE, 'Content-Type': 'application/json' } },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on('error', reject);
    request.end(JSON.stringify({ action: 'info' }));
  });
}

const persist = (filePath: string, raw: string, newPath?: string) => ({
  action: 'persistEntry',
  params: {
    branch: 'main',
    entry: { slug: 'x', path: filePath, raw, ...(newPath ? { newPath } : {}) },
    assets: [],
    options: { commitMessage: 'edit' },
  },
});

/** Decap's upload of one file into the media folder. */
const upload = (filePath: string) => ({
  action: 'persistMedia',
  params: {
    branch: 'main',
    asset: { path: filePath, content: 'PGgxPm93bmVkPC9oMT4=', encoding: 'base64' },
    options: { commitMessage: 'upload' },
  },
});

beforeAll(async () => {
  repo = temporaryContentRepo(SHIPPED_CONTENT).repo;
  mkdirSync(path.join(repo, 'scripts'));
  writeFileSync(path.join(repo, 'scripts/build.ts'), 'console.log("build");\n');
  writeFileSync(path.join(repo, 'package.json'), '{"name":"probe"}\n');
  // A link inside content/ that leads out of it.
  symlinkSync(path.join(repo, 'package.json'), path.join(repo, 'content/hubs/link-out.md'));
  const port = await freePort();
  backend = await startGuardedBackend({
    repo,
    port,
    folders: ['content', 'public/images/hubs'],
    origins: [SITE, 'http://localhost:4321'],
    quiet: true,
  });
  api = `http://127.0.0.1:${port}/api/v1`;
});

afterAll(async () => {
  await backend?.close();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

describe('the local CMS backend', () => {
  it('answers the dev site and reads and writes its content', async () => {
    expect(await call({ action: 'info' })).toMatchObject({ status: 200, json: { type: 'local_fs' } });
    const hubs = await call({
      action: 'entriesByFolder',
      params: { branch: 'main', folder: 'content/hubs', extension: 'md', depth: 1 },
    });
    expect(hubs.status).toBe(200);
    expect((hubs.json as { file: { path: string } }[]).map((entry) => entry.file.path)).toContain(
      'content/hubs/yui-cafe.md',
    );
    const file = path.join(repo, 'content/hubs/yui-cafe.md');
    const edited = readFileSync(file, 'utf8').replace('090-4831-1303', '090-4831-1309');
    expect((await call(persist('content/hubs/yui-cafe.md', edited))).status).toBe(200);
    expect(readFileSync(file, 'utf8')).toBe(edited);
  });

  it.each([
    ['getEntry .git/config', { action: 'getEntry', params: { branch: 'main', path: '.git/config' } }],
    ['getEntry scripts/', { action: 'getEntry', params: { branch: 'main', path: 'scripts/build.ts' } }],
    ['getEntry package.json', { action: 'getEntry', params: { branch: 'main', path: 'package.json' } }],
    ['getEntry an absolute path', { action: 'getEntry', params: { branch: 'main', path: '/etc/passwd' } }],
    ['getEntry with ..', { action: 'getEntry', params: { branch: 'main', path: 'content/../package.json' } }],
    ['getEntry a symlink out', { action: 'getEntry', params: { branch: 'main', path: 'content/hubs/link-out.md' } }],
    [
      'list the whole checkout',
      { action: 'entriesByFolder', params: { branch: 'main', folder: '.', extension: 'json', depth: 9 } },
    ],
    ['write .git/config', persist('.git/config', '[core]\n\tfsmonitor = touch /tmp/owned\n')],
    ['write a workflow', persist('.github/workflows/x.yml', 'on: push\n')],
    ['write scripts/', persist('scripts/build.ts', 'process.exit(1)\n')],
    ['write package.json', persist('package.json', '{}\n')],
    ['write through a symlink out', persist('content/hubs/link-out.md', 'owned\n')],
    ['rename across folders', persist('content/hubs/yui-cafe.md', 'x\n', 'scripts/yui-cafe.md')],
    ['rename into another collection', persist('content/hubs/yui-cafe.md', 'x\n', 'content/pages/yui-cafe.md')],
    [
      'delete outside content',
      { action: 'deleteFile', params: { branch: 'main', path: 'package.json', options: { commitMessage: 'x' } } },
    ],
    ['an unknown action', { action: 'unpublishedEntries', params: { branch: 'main' } }],
    ['upload a hidden file', upload('public/images/hubs/.png')],
    ['upload a page as a photo', upload('public/images/hubs/photo.html')],
    ['write a hidden content file', persist('content/hubs/.md', 'x\n')],
  ])('refuses %s and changes nothing', async (_name, body) => {
    const before = outsideContent();
    const hub = readFileSync(path.join(repo, 'content/hubs/yui-cafe.md'), 'utf8');
    const result = await call(body);
    expect(result.status).toBeGreaterThanOrEqual(400);
    expect(JSON.stringify(result.json)).not.toContain('probe');
    expect(outsideContent()).toEqual(before);
    expect(readFileSync(path.join(repo, 'content/hubs/yui-cafe.md'), 'utf8')).toBe(hub);
  });

  it('refuses pages on other origins, requests without one, and foreign Host names', async () => {
    expect((await call({ action: 'info' }, 'http://127.0.0.1:9999')).status).toBe(403);
    expect((await call({ action: 'info' }, 'http://evil.example')).status).toBe(403);
    expect((await call({ action: 'info' }, null)).status).toBe(403);
    // DNS rebinding: a page on evil.example resolved to 127.0.0.1 sends Host: evil.example.
    expect(await withHost(`evil.example:${backend.port}`)).toBe(403);
    expect(await withHost(`127.0.0.1:${backend.port}`)).toBe(200);
  });

  it('answers malformed requests with an error and stays up', async () => {
    expect((await call('not json')).status).toBe(400);
    expect((await call({ nothing: true })).status).toBe(400);
    expect((await call({ action: 'getEntry', params: 'x' })).status).toBe(400);
    expect((await call({ action: 'persistEntry', params: { branch: 'main' } })).status).toBeGreaterThanOrEqual(400);
    expect(await call({ action: 'info' })).toMatchObject({ status: 200 });
  });

  it('never leaves a torn file after 200 near-simultaneous saves', async () => {
    const file = path.join(repo, 'content/pages/about.md');
    const base = readFileSync(file, 'utf8');
    // Two versions, long enough that interleaved writes would show; one with multi-byte text.
    const versions = [`${base}\n${'あいうえお'.repeat(20_000)}\n`, `${base}\n${'abcdef'.repeat(30_000)}\n`];
    for (let round = 0; round < 10; round += 1) {
      await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          call(persist('content/pages/about.md', versions[index % 2] ?? '')).then((result) =>
            expect(result.status).toBe(200),
          ),
        ),
      );
      expect(versions).toContain(readFileSync(file, 'utf8'));
    }
    expect(readdirSync(path.dirname(file)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
