/**
 * What the local CMS backend may be asked to do. decap-server (the engine) serves the whole
 * checkout with no authentication; these rules cut that down to the content and the media
 * folder, for the dev site's own pages only.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';

/** The actions Decap's local backend uses in simple (no drafts) mode. */
const ACTIONS = new Set([
  'info',
  'entriesByFolder',
  'entriesByFiles',
  'getEntry',
  'persistEntry',
  'getMedia',
  'getMediaFile',
  'persistMedia',
  'deleteFile',
  'deleteFiles',
  'getDeployPreview',
]);

/** The editorial workflow's actions, answered only by `npm run dev -- --workflow` (decap-server's git mode). */
const WORKFLOW_ACTIONS = new Set([
  'unpublishedEntries',
  'unpublishedEntry',
  'unpublishedEntryDataFile',
  'unpublishedEntryMediaFile',
  'deleteUnpublishedEntry',
  'updateUnpublishedEntryStatus',
  'publishUnpublishedEntry',
]);

export interface Scope {
  /** The checkout decap-server serves. */
  repo: string;
  /** Folders (relative to repo) Decap may read and write: the content root and the media folder. */
  folders: readonly string[];
  /** Origins allowed to call, e.g. http://127.0.0.1:4321 (and its localhost twin). */
  origins: readonly string[];
  /** Host header values allowed, e.g. 127.0.0.1:8081 and localhost:8081. */
  hosts: readonly string[];
  /** Drafts on local branches: the workflow's actions are allowed too. */
  workflow?: boolean;
}

export class Refused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The paths a request names, with whether each must be an existing file's folder. */
function pathsOf(action: string, params: Record<string, unknown>): string[] {
  const list = (value: unknown, key?: string): string[] =>
    Array.isArray(value)
      ? value.map((item) => (key ? (item as Record<string, unknown>)?.[key] : item)).map(String)
      : [];
  switch (action) {
    case 'entriesByFolder':
      return [String(params.folder)];
    case 'entriesByFiles':
      return list(params.files, 'path');
    case 'getEntry':
    case 'getMediaFile':
    case 'unpublishedEntryDataFile':
    case 'unpublishedEntryMediaFile':
    case 'deleteFile':
      return [String(params.path)];
    case 'deleteFiles':
      return list(params.paths);
    case 'getMedia':
      return [String(params.mediaFolder)];
    case 'persistMedia':
      return [String((params.asset as Record<string, unknown> | undefined)?.path)];
    case 'persistEntry': {
      const files = Array.isArray(params.dataFiles) ? params.dataFiles : [params.entry];
      const paths = list(files, 'path');
      for (const file of files as Record<string, unknown>[]) {
        if (file?.newPath === undefined) continue;
        const from = path.posix.dirname(String(file.path));
        const to = path.posix.dirname(String(file.newPath));
        // decap-server moves the whole folder on a rename; a move out of it is never a real edit.
        if (from !== to) throw new Refused(403, 'エントリを別のフォルダへ移すことはできません。');
        paths.push(String(file.newPath));
      }
      return [...paths, ...list(params.assets, 'path')];
    }
    default:
      return [];
  }
}

/** The photos a request uploads (Decap sends them alone, or with the entry that uses them). */
function uploadsOf(action: string, params: Record<string, unknown>): string[] {
  if (action === 'persistMedia') return [String((params.asset as Record<string, unknown> | undefined)?.path)];
  if (action !== 'persistEntry' || !Array.isArray(params.assets)) return [];
  return params.assets.map((asset) => String((asset as Record<string, unknown> | null)?.path));
}

const PHOTO = /\.(png|jpe?g|gif|webp)$/i;

/** Content and photos never have hidden names (the site skips them); uploads are photos only. */
function checkName(relative: string, upload: boolean): void {
  const name = path.posix.basename(relative);
  if (name.startsWith('.')) throw new Refused(403, `「.」で始まる名前のファイルは扱えません: ${relative}`);
  if (upload && !PHOTO.test(name))
    throw new Refused(403, `写真(JPEG・PNG・WebP・GIF)以外のファイルは追加できません: ${relative}`);
}

/** Resolves `relative` inside the repo, following symlinks of what exists, or refuses it. */
function checkPath(scope: Scope, relative: string): void {
  if (!relative || relative.includes('\0') || path.isAbsolute(relative) || relative.split(/[\\/]/).includes('..')) {
    throw new Refused(403, `このパスは扱えません: ${relative}`);
  }
  const repo = realpathSync(scope.repo);
  const inside = (candidate: string) =>
    scope.folders.some((folder) => {
      const root = path.join(repo, folder);
      return candidate === root || candidate.startsWith(root + path.sep);
    });
  // The nearest part of the path that exists, with symlinks resolved: a link may not lead out.
  let existing = path.join(repo, relative);
  let rest = '';
  for (;;) {
    try {
      existing = realpathSync(existing);
      break;
    } catch {
      rest = path.join(path.basename(existing), rest);
      existing = path.dirname(existing);
    }
  }
  if (!inside(path.join(existing, rest))) {
    throw new Refused(403, `コンテンツと画像のフォルダの外は扱えません: ${relative}`);
  }
}

/** Checks one request; throws Refused with the status and a message, or returns the parsed body. */
export function checkRequest(
  scope: Scope,
  request: { method: string; host: string | undefined; origin: string | undefined; body: string },
): { action: string; params: Record<string, unknown> } {
  if (!request.host || !scope.hosts.includes(request.host))
    throw new Refused(403, 'この宛先からの要求は受け付けません。');
  if (request.origin !== undefined && !scope.origins.includes(request.origin)) {
    throw new Refused(403, 'このページからの要求は受け付けません。');
  }
  if (request.method === 'OPTIONS') return { action: 'preflight', params: {} };
  if (request.origin === undefined) throw new Refused(403, '開発用サイトのページからの要求だけを受け付けます。');
  if (request.method !== 'POST') throw new Refused(405, 'POST だけを受け付けます。');
  let body: unknown;
  try {
    body = JSON.parse(request.body);
  } catch {
    throw new Refused(400, '要求の形式が正しくありません(JSON ではありません)。');
  }
  if (!body || typeof body !== 'object') throw new Refused(400, '要求の形式が正しくありません。');
  const { action, params = {} } = body as { action?: unknown; params?: unknown };
  const known = typeof action === 'string' && (ACTIONS.has(action) || (scope.workflow && WORKFLOW_ACTIONS.has(action)));
  if (!known) throw new Refused(400, `扱えない操作です: ${String(action)}`);
  if (!params || typeof params !== 'object') throw new Refused(400, '要求の形式が正しくありません。');
  const named = params as Record<string, unknown>;
  for (const relative of pathsOf(action, named)) checkPath(scope, relative);
  const uploads = uploadsOf(action, named);
  for (const relative of writtenPaths(action, named)) checkName(relative, uploads.includes(relative));
  return { action, params: named };
}

/** Paths a request writes or deletes: one write at a time per file. */
export function writtenPaths(action: string, params: Record<string, unknown>): string[] {
  if (WORKFLOW_ACTIONS.has(action) && action !== 'unpublishedEntries' && action !== 'unpublishedEntry') {
    return [String(params.slug ?? action)];
  }
  return ['persistEntry', 'persistMedia', 'deleteFile', 'deleteFiles'].includes(action) ? pathsOf(action, params) : [];
}
