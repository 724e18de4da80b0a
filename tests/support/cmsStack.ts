/**
 * The real editing stack for browser tests: a temporary git repository holding a copy of
 * the content and decap-server writing into it (127.0.0.1 only). The built site is served
 * by ./server.ts and driven by ./browser.ts, like every other browser test.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from './browser';
import { serveStatic } from './server';
import { buildSite, PROJECT_ROOT } from './site';

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
  // decap-server's git mode commits drafts and merges on 公開: the repository has an author of
  // its own (a fresh CI machine has no global git identity).
  git('config', 'user.name', 'CMS test');
  git('config', 'user.email', 'cms-test@example.invalid');
  git('add', '.');
  git('commit', '-q', '-m', 'content');
  return { repo, content };
}

export async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * decap-server over `repo`, bound to 127.0.0.1; resolves once its API answers. `git` mode keeps
 * drafts on local branches (the editorial workflow); `fs` writes the files straight away.
 */
export async function startDecapServer(repo: string, port: number, mode: 'fs' | 'git' = 'fs'): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/decap-server/dist/index.js')], {
    cwd: repo,
    env: {
      ...process.env,
      // vitest sets MODE=test, which decap-server would read as its proxy mode.
      MODE: mode,
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

/** Opens /admin/ on `page`, logs in through the local backend, then goes to `#hash` if given. */
export async function logInToAdmin(page: Page, origin: string, hash = ''): Promise<Page> {
  await page.goto(`${origin}/admin/`);
  const login = page.getByRole('button', { name: 'ログイン' });
  const signedIn = page.getByRole('heading', { name: '編集する内容' });
  // The first visit logs in (a click while Decap is still probing decap-server can be lost,
  // so retry); Decap remembers the local user for the later pages.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const state = await Promise.race([login.waitFor().then(() => 'login'), signedIn.waitFor().then(() => 'in')]);
    if (state === 'in') break;
    await login.click();
    if (
      await signedIn.waitFor({ timeout: 10_000 }).then(
        () => true,
        () => false,
      )
    )
      break;
  }
  await signedIn.waitFor();
  if (hash) await page.goto(`${origin}/admin/#${hash}`);
  return page;
}

/** 公開 → 公開する: the local backend saves the entry at once (no drafts). */
export async function publishNow(page: Page): Promise<void> {
  await page.getByText('公開', { exact: true }).first().click();
  await page.getByText('公開する', { exact: true }).click();
}

/** The whole editing stack for one test file: content copy, decap-server, a build of /admin, Chromium. */
export interface AdminStack {
  /** The temporary repository, and the content folder in it that decap-server writes into. */
  repo: string;
  content: string;
  /** Where the built /admin is served. */
  origin: string;
  /** A new page, logged in, at `#hash`; `watch` sees the page before it loads (console listeners). */
  openAdmin(hash: string, watch?: (page: Page) => void): Promise<Page>;
  close(): Promise<void>;
}

interface AdminStackOptions {
  /** The browser's clock starts there and runs on (pickers that list years around today). */
  now?: Date;
  /** Changes the copied content before decap-server and the build see it. */
  prepare?: (copy: { repo: string; content: string }) => void;
}

export async function startAdminStack(contentDir: string, options: AdminStackOptions = {}): Promise<AdminStack> {
  const copy = temporaryContentRepo(contentDir);
  const scratch = [copy.repo];
  options.prepare?.(copy);
  const port = await freePort();
  const decap = await startDecapServer(copy.repo, port);
  // The admin bundle is pointed at this decap-server at build time (DECAP_LOCAL_BACKEND_URL).
  const build = buildSite(copy.content, { DECAP_LOCAL_BACKEND_URL: `http://127.0.0.1:${port}/api/v1` });
  scratch.push(...build.folders);
  if (build.status !== 0) {
    decap.kill();
    throw new Error(build.output);
  }
  const admin = await serveStatic(build.outDir);
  const chromium = await launchChromium({ viewport: { width: 1400, height: 1000 } });
  if (options.now) await chromium.context.clock.install({ time: options.now });
  return {
    repo: copy.repo,
    content: copy.content,
    origin: admin.origin,
    openAdmin: async (hash, watch) => {
      const page = await chromium.context.newPage();
      page.setDefaultTimeout(20_000);
      watch?.(page);
      return logInToAdmin(page, admin.origin, hash);
    },
    close: async () => {
      await chromium.close();
      await admin.close();
      decap.kill();
      for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
    },
  };
}
