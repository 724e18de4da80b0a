/**
 * `npm run dev`: the site with live reload plus the local CMS backend, so /admin edits write the
 * content files straight into this checkout. The backend (decap-server behind a guard, see
 * localCms/) is bound to 127.0.0.1, answers only this dev site's pages and touches only the
 * content and media folders; a build never starts it.
 */
import { spawn } from 'node:child_process';
import { startGuardedBackend } from './localCms/guardedBackend';
import { nodeBin } from './nodeBin';

const args = process.argv.slice(2);
const portFlag = args.indexOf('--port');
const sitePort = portFlag >= 0 ? Number(args[portFlag + 1]) : 4321;
const decapPort = Number(process.env.DECAP_PORT ?? '8081');

const backend = await startGuardedBackend({
  repo: process.cwd(),
  port: decapPort,
  // The content root the CMS edits and its media folder (admin/config.ts).
  folders: [process.env.DECAP_CONTENT_ROOT || 'content', 'public/images/hubs'],
  origins: [`http://127.0.0.1:${sitePort}`, `http://localhost:${sitePort}`],
});
const site = spawn(...nodeBin('astro/bin/astro.mjs', ['dev', '--host', '127.0.0.1', ...args]), {
  stdio: 'inherit',
  // /admin talks to this backend (127.0.0.1, not 'localhost', which may resolve to ::1).
  env: { DECAP_LOCAL_BACKEND_URL: `http://127.0.0.1:${decapPort}/api/v1`, ...process.env },
});

const stopAll = () => {
  site.kill('SIGTERM');
  void backend.close();
};
site.on('exit', (code) => {
  void backend.close();
  process.exitCode = code ?? 0;
});
process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);
