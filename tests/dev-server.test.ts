import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv, PROJECT_ROOT } from './support/site';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Listening TCP sockets on a port, as the kernel reports them: ['127.0.0.1', ...]. */
function listeners(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const found: string[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (state !== '0A' || !local?.endsWith(`:${hexPort}`)) continue;
      const address = local.split(':')[0] ?? '';
      found.push(
        address.length === 8
          ? (address.match(/../g) ?? [])
              .reverse()
              .map((byte) => Number.parseInt(byte, 16))
              .join('.')
          : `ipv6:${address}`,
      );
    }
  }
  return found;
}

describe('npm run dev', () => {
  let dev: ChildProcess;
  let output = '';
  let sitePort: number;
  let decapPort: number;

  beforeAll(async () => {
    sitePort = await freePort();
    decapPort = await freePort();
    dev = spawn(
      process.execPath,
      [path.join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/dev.ts', '--port', String(sitePort)],
      {
        cwd: PROJECT_ROOT,
        // As a person starts it: none of the test runner's own variables.
        env: { ...childEnv(), DECAP_PORT: String(decapPort) },
        detached: true,
      },
    );
    dev.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    dev.stderr?.on('data', (chunk) => {
      output += chunk;
    });
    const deadline = Date.now() + 240_000;
    while (Date.now() < deadline) {
      const ready = await fetch(`http://127.0.0.1:${sitePort}/`).then(
        (response) => response.ok,
        () => false,
      );
      if (ready && output.includes(`127.0.0.1:${decapPort}`)) return;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error(`dev servers did not start:\n${output}`);
  });

  afterAll(() => {
    try {
      if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  });

  it('serves the site from the content files', async () => {
    const html = await (await fetch(`http://127.0.0.1:${sitePort}/hubs/machi-cafe-nagomi/`)).text();
    expect(html).toContain('まちCafeなごみ');
    expect(html).toContain('0798-20-2333');
  });

  it('binds decap-server, which has no authentication, to 127.0.0.1 only', async () => {
    expect(listeners(decapPort)).toEqual(['127.0.0.1']);
    const info = await fetch(`http://127.0.0.1:${decapPort}/api/v1`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
    });
    expect(await info.json()).toMatchObject({ type: 'local_fs' });
  });
});
