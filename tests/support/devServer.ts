import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from './cmsStack';
import { childEnv, PROJECT_ROOT } from './site';

export interface DevServer {
  sitePort: number;
  decapPort: number;
  output: () => string;
  stop: () => void;
}

/** `npm run dev` (scripts/dev.ts) as a person starts it, on free ports; resolves once both servers answer. */
export async function startDev(env: Record<string, string> = {}, args: readonly string[] = []): Promise<DevServer> {
  const sitePort = await freePort();
  const decapPort = await freePort();
  let output = '';
  const dev: ChildProcess = spawn(
    process.execPath,
    [path.join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/dev.ts', '--port', String(sitePort), ...args],
    { cwd: PROJECT_ROOT, env: { ...childEnv(), DECAP_PORT: String(decapPort), ...env }, detached: true },
  );
  dev.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  dev.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const stop = () => {
    try {
      if (dev.pid) process.kill(-dev.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    const ready = await fetch(`http://127.0.0.1:${sitePort}/`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready && output.includes(`127.0.0.1:${decapPort}`)) return { sitePort, decapPort, output: () => output, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error(`dev servers did not start:\n${output}`);
}

/** Polls until `check` holds, or fails with what was seen last. */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  let last: T = await read();
  while (!check(last)) {
    if (Date.now() > deadline)
      throw new Error(`condition not met within ${ms} ms; last value: ${String(last).slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
    last = await read();
  }
  return last;
}
