import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import { type HeaderRule, headersFor, parseHeadersFile } from '../../src/integrations/headerRules';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  // No '.ics': like a host that does not know it, the type comes from the header rules.
  '.wasm': 'application/wasm',
};

/** The file a URL path maps to in a static build, as a static host resolves it. */
export function fileFor(root: string, urlPath: string): string | undefined {
  const decoded = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/');
  const candidate = path.join(root, decoded);
  if (!candidate.startsWith(root)) return undefined;
  for (const file of [candidate, path.join(candidate, 'index.html'), `${candidate}.html`]) {
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/** What a host compresses: text, scripts, styles, data and the search index's wasm. */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|wasm)|image\/svg\+xml)/;

/**
 * Serves a built dist on 127.0.0.1 the way a static host would. With `headers` (the default) it
 * reads the build's own `_headers` and sends every matching block, as Cloudflare Pages and
 * Netlify do, so browser tests run under the production CSP, robots and CORS headers; without,
 * it sends none, like GitHub Pages. A 404 keeps the type of the page it sends.
 * With `gzip`, text and scripts go out gzip-compressed to clients that accept it, as hosts do
 * (transfer sizes and Lighthouse's compression audits then measure what readers get).
 */
export async function serveStatic(
  root: string,
  options: { headers?: boolean; gzip?: boolean } = {},
): Promise<StaticServer> {
  const headersFile = path.join(root, '_headers');
  const rules: HeaderRule[] =
    options.headers !== false && existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = fileFor(root, pathname);
    const found = file !== undefined;
    const served = file ?? path.join(root, '404.html');
    if (!existsSync(served)) {
      response.writeHead(404).end();
      return;
    }
    const headers = headersFor(pathname, rules);
    const type = TYPES[path.extname(served)] ?? 'application/octet-stream';
    const contentType = found ? (headers['Content-Type'] ?? type) : type;
    const gzip =
      options.gzip === true &&
      COMPRESSIBLE.test(contentType) &&
      /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(found ? 200 : 404, {
      ...headers,
      'Content-Type': contentType,
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    const body = createReadStream(served);
    if (gzip) body.pipe(createGzip()).pipe(response);
    else body.pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    // Also the browser's idle keep-alive connections, which would hold close() for a minute.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
