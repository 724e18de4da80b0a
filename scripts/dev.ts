/**
 * `npm run dev`: the site with live reload plus the local CMS backend, so /admin edits write the
 * content files straight into this checkout. The backend (decap-server behind a guard, see
 * localCms/) is bound to 127.0.0.1, answers only this dev site's pages and touches only the
 * content and media folders; a build never starts it.
 *
 * `npm run dev -- --workflow`: drafts instead (下書き → レビュー中 → 準備完了 → 公開) on local
 * branches, in worktrees of their own (localCms/workflowTrees.ts); the site shows what is
 * published on the branch `cms-workflow`.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { startGuardedBackend } from './localCms/guardedBackend';
import { WORKFLOW_BRANCH, workflowTrees } from './localCms/workflowTrees';
import { nodeBin } from './nodeBin';

const workflow = process.argv.includes('--workflow');
const args = process.argv.slice(2).filter((arg) => arg !== '--workflow');
const portFlag = args.indexOf('--port');
const sitePort = portFlag >= 0 ? Number(args[portFlag + 1]) : 4321;
const decapPort = Number(process.env.DECAP_PORT ?? '8081');
// The repository the CMS edits: this checkout, unless CMS_REPO names another (the tests do).
const repo = path.resolve(process.env.CMS_REPO || process.cwd());
const contentRoot = process.env.DECAP_CONTENT_ROOT || 'content';
const trees = workflow ? workflowTrees(repo) : undefined;

const backend = await startGuardedBackend({
  repo: trees?.drafts ?? repo,
  port: decapPort,
  // The content root the CMS edits and its media folder (admin/config.ts).
  folders: [contentRoot, 'public/images/hubs'],
  origins: [`http://127.0.0.1:${sitePort}`, `http://localhost:${sitePort}`],
  ...(trees ? { workflow: { onPublish: trees.showPublished } } : {}),
});
const site = spawn(...nodeBin('astro/bin/astro.mjs', ['dev', '--host', '127.0.0.1', ...args]), {
  stdio: 'inherit',
  env: {
    // /admin talks to this backend (127.0.0.1, not 'localhost', which may resolve to ::1).
    DECAP_LOCAL_BACKEND_URL: `http://127.0.0.1:${decapPort}/api/v1`,
    ...process.env,
    ...(trees
      ? {
          CONTENT_DIR: path.join(trees.site, contentRoot),
          DECAP_LOCAL_WORKFLOW: 'true',
          DECAP_BACKEND_BRANCH: WORKFLOW_BRANCH,
        }
      : {}),
  },
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
