/**
 * The output folder as a symlink to one finished build, switched by a single rename(2): a
 * server reading dist/ (or a kill at any instant) always sees a whole site, the old one or the
 * new one, never none. Builds live in `<dist>.builds/`; the current and the previous one stay.
 */
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmdirSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import path from 'node:path';

/** The folder that holds a target's builds. */
export function buildsFolder(target: string): string {
  return `${target}.builds`;
}

/** Where the next link is made before it is renamed over the target. */
function nextLink(target: string): string {
  return `${target}.next`;
}

/** Everything a target owns on disk: remove these to remove a build completely. */
export function outputFolders(target: string): string[] {
  return [target, buildsFolder(target), nextLink(target)];
}

/** A fresh, empty folder to build into, beside the builds already there. */
export function newBuildFolder(target: string): string {
  mkdirSync(buildsFolder(target), { recursive: true });
  const folder = mkdtempSync(path.join(buildsFolder(target), 'build-'));
  chmodSync(folder, 0o755); // mkdtemp's 0700 would hide the site from a web server's user
  return folder;
}

/** Drops a build that failed; the builds folder goes too when nothing else is in it. */
export function discardBuild(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  try {
    rmdirSync(path.dirname(folder));
  } catch {
    // not empty: earlier builds are still there
  }
}

function lstatOrNothing(file: string) {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Points `target` at `folder` (made by newBuildFolder). `step` is called after each change on
 * disk, so tests can stop the swap there as a crash would.
 */
export function publishBuild(target: string, folder: string, step: (name: string) => void = () => {}): void {
  const builds = buildsFolder(target);
  const next = nextLink(target);
  const current = lstatOrNothing(target);
  let previous = current?.isSymbolicLink() ? path.basename(readlinkSync(target)) : undefined;
  rmSync(next, { force: true });
  // Relative, so the checkout can move: the link and its `.next` sit in the same folder.
  symlinkSync(path.join(path.basename(builds), path.basename(folder)), next);
  step('linked');
  if (current?.isDirectory()) {
    // A real folder from an older build cannot be replaced by one rename: it becomes the
    // previous build first (the only moment without a site, once per output folder).
    previous = 'legacy';
    rmSync(path.join(builds, previous), { recursive: true, force: true });
    renameSync(target, path.join(builds, previous));
    step('moved-legacy');
  }
  renameSync(next, target);
  step('switched');
  for (const name of readdirSync(builds)) {
    if (name !== path.basename(folder) && name !== previous)
      rmSync(path.join(builds, name), { recursive: true, force: true });
  }
  step('cleaned');
}
