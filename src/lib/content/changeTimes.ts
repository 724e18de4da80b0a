import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';

/**
 * When each content file last changed: its last commit when tracked and unmodified,
 * otherwise its modification time. Clamped to SOURCE_DATE_EPOCH when that is set,
 * the reproducible-builds rule, so no output depends on the wall clock.
 */
export function contentChangeTimes(
  root: string,
  files: readonly string[],
  env: Record<string, string | undefined> = process.env,
): Map<string, Date> {
  const committed = lastCommitTimes(root);
  const epoch = env.SOURCE_DATE_EPOCH ? Number(env.SOURCE_DATE_EPOCH) * 1000 : undefined;
  const times = new Map<string, Date>();
  for (const file of files) {
    const absolute = path.resolve(file);
    const ms = committed.get(absolute) ?? statSync(absolute).mtimeMs;
    times.set(absolute, new Date(Math.floor((epoch === undefined ? ms : Math.min(ms, epoch)) / 1000) * 1000));
  }
  return times;
}

function git(root: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', ['-C', root, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch {
    return undefined; // not a git checkout: modification times it is
  }
}

/** One `git log` over the whole content root, newest first: the first time a path appears is its last change. */
function lastCommitTimes(root: string): Map<string, number> {
  const times = new Map<string, number>();
  const top = git(root, ['rev-parse', '--show-toplevel'])?.trim();
  const log = top ? git(root, ['log', '--format=@%ct', '--name-only', '--no-renames', '--', '.']) : undefined;
  if (!top || log === undefined) return times;
  const dirty = new Set(
    (git(root, ['status', '--porcelain', '--no-renames', '--', '.']) ?? '')
      .split('\n')
      .filter(Boolean)
      .map((line) => path.join(top, line.slice(3))),
  );
  let current = 0;
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) current = Number(line.slice(1)) * 1000;
    else if (line) {
      const absolute = path.join(top, line);
      if (!times.has(absolute) && !dirty.has(absolute)) times.set(absolute, current);
    }
  }
  return times;
}

/** The last commit that touched the content root, or undefined outside a git checkout. */
export function contentCommit(root: string): string | undefined {
  return git(root, ['log', '-1', '--format=%H', '--', '.'])?.trim() || undefined;
}
