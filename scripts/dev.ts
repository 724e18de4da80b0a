/**
 * `npm run dev`: the site with live reload plus decap-server, so /admin edits write the
 * content files straight into this checkout. decap-server has no authentication: it is
 * bound to 127.0.0.1 and never started by a build.
 */
import { spawn } from 'node:child_process';
import { nodeBin } from './nodeBin';

const decapPort = process.env.DECAP_PORT ?? '8081';
const children = [
  spawn(...nodeBin('decap-server/dist/index.js'), {
    stdio: 'inherit',
    // MODE=fs: write files straight into the checkout (a stray MODE from the shell would change it).
    env: { ...process.env, MODE: 'fs', BIND_HOST: '127.0.0.1', PORT: decapPort, GIT_REPO_DIRECTORY: process.cwd() },
  }),
  spawn(...nodeBin('astro/bin/astro.mjs', ['dev', '--host', '127.0.0.1', ...process.argv.slice(2)]), {
    stdio: 'inherit',
    // /admin talks to this decap-server (127.0.0.1, not 'localhost', which may resolve to ::1).
    env: { DECAP_LOCAL_BACKEND_URL: `http://127.0.0.1:${decapPort}/api/v1`, ...process.env },
  }),
];

const stopAll = () => {
  for (const child of children) child.kill('SIGTERM');
};
for (const child of children) {
  child.on('exit', (code) => {
    stopAll();
    process.exitCode = code ?? 0;
  });
}
process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);
