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
    env: { ...process.env, MODE: 'fs', BIND_HOST: '127.0.0.1', PORT: decapPort, GIT_REPO_DIRECTORY: process.cwd() },
  }),
  spawn(...nodeBin('astro/bin/astro.mjs', ['dev', '--host', '127.0.0.1', ...process.argv.slice(2)]), {
    stdio: 'inherit',
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
