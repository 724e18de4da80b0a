/**
 * The real editing stack for browser tests: a temporary git repository holding a copy of
 * the content, decap-server writing into it (127.0.0.1 only), a static server over a
 * built site, and headless Chromium.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, createReadStream, existsSync, mkdtempSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { PROJECT_ROOT } from './site';

/** A copy of `contentDir` at <repo>/content, committed, so decap-server edits a throwaway repo. */
export function temporaryContentRepo(contentDir: string): { repo: string; content: string } {
  const repo = mkdtempSync(path.join(tmpdir(), 'kyosei-cms-'));
  const content = path.join(repo, 'content');
  cpSync(contentDir, content, { recursive: true });
  const git = (...args: string[]) =>
    spawnSync('git', args, {
      cwd: repo,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_DATE: '2026-09-01T10:00:00+09:00',
        GIT_COMMITTER_DATE: '2026-09-01T10:00:00+09:00',
      },
    });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('-c', 'user.name=test', '-c', 'user.email=test@example.invalid', 'commit', '-q', '-m', 'content');
  return { repo, content };
}

export async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** decap-server over `repo`, bound to 127.0.0.1; resolves once its API answers. */
export async function startDecapServer(repo: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/decap-server/dist/index.js')], {
    cwd: repo,
    env: {
      ...process.env,
      // vitest sets MODE=test, which decap-server would read as its proxy mode.
      MODE: 'fs',
      PORT: String(port),
      BIND_HOST: '127.0.0.1',
      GIT_REPO_DIRECTORY: repo,
      LOG_LEVEL: 'error',
    },
    stdio: 'pipe',
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    output += String(chunk);
  });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/v1`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action: 'info' }),
      });
      if (response.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`decap-server did not start: ${output}`);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.ics': 'text/calendar',
};

/** A static server over a built site on 127.0.0.1 with an OS-assigned port. */
export async function serveStatic(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

/** Headless Chromium with a fresh profile (closing the context closes the browser). */
export async function launchChromium(): Promise<BrowserContext> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'kyosei-chromium-'));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    viewport: { width: 1400, height: 1000 },
    locale: 'ja-JP',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
