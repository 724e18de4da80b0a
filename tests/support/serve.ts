import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ics': 'text/calendar; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
};

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/** Serves a built dist folder on 127.0.0.1 with an OS-assigned port, like a static host would. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const server = http.createServer(async (request, response) => {
    let file = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (file.endsWith('/')) file += 'index.html';
    const absolute = path.join(root, path.normalize(file));
    if (!absolute.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(absolute);
      response.writeHead(200, { 'content-type': TYPES[path.extname(absolute)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
