/**
 * The CMS backend of `npm run dev`: decap-server (the maintained engine) on an internal port,
 * fronted by a guard on DECAP_PORT that answers only the dev site's own pages, keeps every
 * request inside the content and media folders (requestRules.ts), writes content files whole
 * (temporary file, then rename), one write at a time, and stays up whatever it is sent.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import path from 'node:path';
import { nodeBin } from '../nodeBin';
import { checkRequest, Refused, type Scope, writtenPaths } from './requestRules';

const MAX_BODY_BYTES = 50 * 1024 * 1024;

async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(new Refused(413, '要求が大きすぎます。'));
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** A content file written whole or not at all: readers never see half of it. */
function writeWhole(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

export interface GuardedBackend {
  port: number;
  close: () => Promise<void>;
}

export interface GuardOptions {
  repo: string;
  port: number;
  folders: readonly string[];
  /** The dev site's origins, e.g. ['http://127.0.0.1:4321', 'http://localhost:4321']. */
  origins: readonly string[];
  quiet?: boolean;
  /**
   * Drafts on local branches (decap-server's git mode) in `repo`, a worktree only the backend
   * uses; `onPublish` runs after each 公開 (the dev site then moves to the published branch).
   */
  workflow?: { onPublish: () => void };
}

export async function startGuardedBackend(options: GuardOptions): Promise<GuardedBackend> {
  const scope: Scope = {
    repo: options.repo,
    folders: options.folders,
    origins: options.origins,
    hosts: [`127.0.0.1:${options.port}`, `localhost:${options.port}`],
    workflow: Boolean(options.workflow),
  };
  const enginePort = await freePort();
  let engine: ChildProcess | undefined;
  let stopping = false;
  const startEngine = () => {
    engine = spawn(...nodeBin('decap-server/dist/index.js'), {
      stdio: options.quiet ? 'ignore' : 'inherit',
      // MODE=fs writes files straight into the checkout (a stray MODE from the shell would change it).
      env: {
        ...process.env,
        MODE: options.workflow ? 'git' : 'fs',
        BIND_HOST: '127.0.0.1',
        PORT: String(enginePort),
        GIT_REPO_DIRECTORY: options.repo,
        LOG_LEVEL: options.quiet ? 'error' : (process.env.LOG_LEVEL ?? 'info'),
      },
    });
    // If the engine dies, the next request finds a new one: the dev site's editor stays usable.
    engine.on('exit', () => {
      if (!stopping) setTimeout(startEngine, 200);
    });
  };
  startEngine();

  let writes: Promise<unknown> = Promise.resolve();
  /** One write at a time: decap-server writes in place, so two saves of a file would interleave. */
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const next = writes.then(work, work);
    writes = next.catch(() => undefined);
    return next;
  };

  const forward = async (body: string): Promise<{ status: number; text: string }> => {
    for (let attempt = 0; ; attempt += 1) {
      try {
        const response = await fetch(`http://127.0.0.1:${enginePort}/api/v1`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body,
        });
        return { status: response.status, text: await response.text() };
      } catch (error) {
        if (attempt >= 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  };

  const persistWhole = (params: Record<string, unknown>): boolean => {
    const files = (Array.isArray(params.dataFiles) ? params.dataFiles : [params.entry]) as {
      path: string;
      raw: string;
      newPath?: string;
    }[];
    const assets = Array.isArray(params.assets) ? params.assets : [];
    if (assets.length > 0 || files.some((file) => file.newPath !== undefined || typeof file.raw !== 'string')) {
      return false;
    }
    for (const file of files) writeWhole(path.join(options.repo, file.path), file.raw);
    return true;
  };

  const answer = (response: ServerResponse, origin: string | undefined, status: number, text: string) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json; charset=utf-8', Vary: 'Origin' };
    if (origin && scope.origins.includes(origin)) {
      headers['Access-Control-Allow-Origin'] = origin;
      headers['Access-Control-Allow-Methods'] = 'POST';
      headers['Access-Control-Allow-Headers'] = 'Content-Type';
    }
    response.writeHead(status, headers);
    response.end(text);
  };

  const server: Server = createServer(async (request, response) => {
    const origin = typeof request.headers.origin === 'string' ? request.headers.origin : undefined;
    try {
      const body = await readBody(request);
      const checked = checkRequest(scope, { method: request.method ?? '', host: request.headers.host, origin, body });
      if (checked.action === 'preflight') return answer(response, origin, 204, '');
      if (writtenPaths(checked.action, checked.params).length === 0) {
        const result = await forward(body);
        return answer(response, origin, result.status, result.text);
      }
      const result = await oneAtATime(async () =>
        // In git mode decap-server commits each save on its draft branch: it must do the write.
        !options.workflow && checked.action === 'persistEntry' && persistWhole(checked.params)
          ? { status: 200, text: JSON.stringify({ message: 'entry persisted' }) }
          : forward(body),
      );
      if (checked.action === 'publishUnpublishedEntry' && result.status === 200) options.workflow?.onPublish();
      return answer(response, origin, result.status, result.text);
    } catch (error) {
      const status = error instanceof Refused ? error.status : 500;
      const message = error instanceof Refused ? error.message : 'ローカルの保存先でエラーが起きました。';
      if (!(error instanceof Refused) && !options.quiet) console.error(error);
      return answer(response, origin, status, JSON.stringify({ error: message }));
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  if (!options.quiet) {
    console.log(`CMS backend: http://127.0.0.1:${options.port}/api/v1 (content only, for ${options.origins[0]})`);
  }
  return {
    port: options.port,
    close: async () => {
      stopping = true;
      engine?.kill();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
