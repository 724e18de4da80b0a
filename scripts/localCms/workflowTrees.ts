/**
 * `npm run dev -- --workflow`: drafts, review and 公開 on local branches, the way the deployed
 * CMS works on GitHub. decap-server's git mode checks branches out in the tree it serves and
 * commits with `git add .`, so it gets a worktree of its own (`.cms/drafts`, on the branch
 * `cms-workflow`), and the dev site reads a second one (`.cms/site`) that moves to the branch
 * only after 公開: drafts never show on the site, and nothing else in the checkout is swept in.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const WORKFLOW_BRANCH = 'cms-workflow';

export interface WorkflowTrees {
  /** The worktree decap-server serves (drafts are branches cms/<collection>/<entry> there). */
  drafts: string;
  /** The worktree the dev site reads: the published state of WORKFLOW_BRANCH. */
  site: string;
  /** After 公開: the site worktree follows the branch. */
  showPublished: () => void;
}

export function workflowTrees(repo: string): WorkflowTrees {
  const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', stdio: 'pipe' });
  const drafts = path.join(repo, '.cms', 'drafts');
  const site = path.join(repo, '.cms', 'site');
  const hasBranch = git('branch', '--list', WORKFLOW_BRANCH).trim() !== '';
  if (!hasBranch) git('branch', WORKFLOW_BRANCH, 'HEAD');
  git('worktree', 'prune');
  if (!existsSync(drafts)) git('worktree', 'add', '--quiet', drafts, WORKFLOW_BRANCH);
  if (!existsSync(site)) git('worktree', 'add', '--quiet', '--detach', site, WORKFLOW_BRANCH);
  const showPublished = () => {
    execFileSync('git', ['-C', site, 'checkout', '--quiet', '--detach', WORKFLOW_BRANCH], { stdio: 'pipe' });
  };
  showPublished();
  return { drafts, site, showPublished };
}
