/**
 * The whole-site check before a save: the build's cross-file rules (src/lib/content/
 * crossFileRules.ts) run in the CMS against the content as it is now in the backend, with
 * the entry being saved in place. A save is refused when it would add a problem; problems
 * that were already there elsewhere never block an unrelated edit.
 */
import type { z } from 'astro/zod';
import { crossFileProblems } from '../src/lib/content/crossFileRules';
import { type ContentDocument, parseDataDocument, parseMarkdownDocument } from '../src/lib/content/documents';
import type { ContentProblem } from '../src/lib/content/problems';
import { type OperatingMonth, operatingMonthSchema } from '../src/schema/calendar';
import { type Hub, hubSchema } from '../src/schema/hub';
import { type ProgramPage, programPageSchema } from '../src/schema/page';
import { COLLECTION_NAMES } from './config';
import type { CmsConfig } from './decap';

/** A content file as the backend holds it. */
export interface StoredFile {
  path: string;
  raw: string;
}

/** Reads a folder of the content from wherever the CMS saves to. */
export type ReadFolder = (folder: string, extension: string) => Promise<StoredFile[]>;

/** One action of decap-server's API (`npm run dev` and the browser tests). */
async function decapServer<T>(apiUrl: string, action: string, params: Record<string, unknown>): Promise<T> {
  const response = await fetch(apiUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ action, params }),
  });
  if (!response.ok) throw new Error(`decap-server: ${response.status}`);
  return (await response.json()) as T;
}

/** A folder as decap-server holds it now. */
export function localBackendFolders(apiUrl: string, branch = 'main'): ReadFolder {
  return async (folder, extension) => {
    const entries = await decapServer<{ data: string | null; file: { path: string } }[]>(apiUrl, 'entriesByFolder', {
      branch,
      folder,
      extension,
      depth: 1,
    });
    return entries.flatMap((entry) => (entry.data === null ? [] : [{ path: entry.file.path, raw: entry.data }]));
  };
}

/** One file as decap-server holds it now (null when there is none). */
export function localBackendFile(apiUrl: string, branch = 'main'): (path: string) => Promise<string | null> {
  return async (path) => (await decapServer<{ data: string | null }>(apiUrl, 'getEntry', { branch, path })).data;
}

/** The logged-in user's GitHub token, which Decap keeps in localStorage. */
export function githubHeaders(): Record<string, string> {
  const user = JSON.parse(localStorage.getItem('decap-cms-user') ?? '{}') as { token?: string };
  return user.token ? { Authorization: `token ${user.token}` } : {};
}

/** GitHub's contents API with the token Decap keeps for the logged-in user. */
export function githubFolders(repo: string, branch: string): ReadFolder {
  const api = `https://api.github.com/repos/${repo}/contents`;
  const headers = githubHeaders;
  return async (folder, extension) => {
    const listing = await fetch(`${api}/${folder}?ref=${encodeURIComponent(branch)}`, { headers: headers() });
    if (listing.status === 404) return [];
    if (!listing.ok) throw new Error(`GitHub: ${listing.status}`);
    const files = ((await listing.json()) as { path: string; type: string }[]).filter(
      (file) => file.type === 'file' && file.path.endsWith(`.${extension}`),
    );
    return Promise.all(
      files.map(async (file) => {
        const response = await fetch(`${api}/${file.path}?ref=${encodeURIComponent(branch)}`, {
          headers: { ...headers(), Accept: 'application/vnd.github.raw' },
        });
        if (!response.ok) throw new Error(`GitHub: ${response.status} ${file.path}`);
        return { path: file.path, raw: await response.text() };
      }),
    );
  };
}

export interface Parsed<T> {
  entries: { file: string; data: T }[];
  /** Slugs of files that do not pass their own checks (reported by their own save, not here). */
  unreadable: Set<string>;
}

export function parseFiles<S extends z.ZodType>(
  files: readonly StoredFile[],
  schema: S,
  parse: (text: string) => ContentDocument,
): Parsed<z.output<S>> {
  const parsed: Parsed<z.output<S>> = { entries: [], unreadable: new Set() };
  for (const file of files) {
    let data: unknown;
    try {
      data = parse(file.raw).data;
    } catch {
      parsed.unreadable.add(slugOfPath(file.path));
      continue;
    }
    const result = schema.safeParse(data);
    if (result.success) parsed.entries.push({ file: file.path, data: result.data });
    else parsed.unreadable.add(slugOfPath(file.path));
  }
  return parsed;
}

export function slugOfPath(path: string): string {
  return (path.split('/').pop() ?? '').replace(/\.[^.]+$/, '');
}

/** The entry being saved: its file (empty for a new entry) and its data as it will be written. */
export interface SavedEntry {
  collection: string;
  path: string;
  data: Record<string, unknown>;
}

export interface ContentFolders {
  hubs: string;
  calendars: string;
  pages: string;
}

/** A stand-in name for an entry that has no file yet: Decap names it only when it writes it. */
const NEW_FILE = '(新しく追加する内容)';

/**
 * What saving `saved` would break across files, in words for staff: empty when the save may go
 * ahead. Problems naming the new entry read 「この内容」.
 */
export async function problemsOfSave(read: ReadFolder, folders: ContentFolders, saved: SavedEntry): Promise<string[]> {
  const [hubFiles, calendarFiles, pageFiles] = await Promise.all([
    read(folders.hubs, 'md'),
    read(folders.calendars, 'yaml'),
    read(folders.pages, 'md'),
  ]);
  const hubs = parseFiles(hubFiles, hubSchema, parseMarkdownDocument);
  const months = parseFiles(calendarFiles, operatingMonthSchema, parseDataDocument);
  const pages = parseFiles(pageFiles, programPageSchema, parseMarkdownDocument);
  const before = { hubs: hubs.entries, months: months.entries, pages: pages.entries };

  const file = saved.path || NEW_FILE;
  const { body: _body, ...fields } = saved.data;
  const replace = <T>(entries: { file: string; data: T }[], schema: z.ZodType<T>) => {
    const result = schema.safeParse(fields);
    // The entry's own checks (validate.ts) have passed by now; unparsable means nothing to add here.
    if (!result.success) return entries;
    return [...entries.filter((entry) => entry.file !== file), { file, data: result.data }];
  };
  const after = {
    hubs: saved.collection === COLLECTION_NAMES.hubs ? replace<Hub>(before.hubs, hubSchema) : before.hubs,
    months:
      saved.collection === COLLECTION_NAMES.calendars
        ? replace<OperatingMonth>(before.months, operatingMonthSchema)
        : before.months,
    pages:
      saved.collection === COLLECTION_NAMES.pages
        ? replace<ProgramPage>(before.pages, programPageSchema)
        : before.pages,
  };
  // Staff read which file and what to do; the field path is for developers.
  const text = (problem: ContentProblem) =>
    problem.file === file ? problem.message : `${problem.file}: ${problem.message}`;
  const renamed =
    saved.path !== '' &&
    (saved.collection === COLLECTION_NAMES.hubs || saved.collection === COLLECTION_NAMES.pages) &&
    typeof fields.slug === 'string' &&
    fields.slug !== slugOfPath(saved.path);
  if (renamed) return [SLUG_IS_PERMANENT(slugOfPath(saved.path))];
  const known = new Set(crossFileProblems(before, hubs.unreadable).map(text));
  return crossFileProblems(after, hubs.unreadable)
    .map(text)
    .filter((problem) => !known.has(problem))
    .map((problem) => problem.replaceAll(NEW_FILE, 'この内容'));
}

/** Published URLs are permanent: the page, its feed, every event and printed QR code hang on the slug. */
export const SLUG_IS_PERMANENT = (slug: string) =>
  `公開済みのページのURL用の名前「${slug}」は変えられません。変えると、ブックマーク、カレンダーの購読、印刷したチラシのQRコードがつながらなくなります。表示する名前を変えたいときは「拠点名」(ページは「ページの題名」)を直してください。URLそのものを変える必要があるときは、サイトの担当者にご相談ください。`;

export const EDITED_ELSEWHERE =
  'この内容は、開いたあとに別の画面(別のタブや別の人)で保存されています。このまま保存すると、その変更を消してしまうため保存を止めました。ページを再読み込みして最新の内容を表示し、もう一度変更してから保存してください。';

export const SITE_CHECK_FAILED =
  'ほかのファイルとの照合ができなかったため、保存を止めました。通信の状態を確かめて、もう一度保存してください。';

/** decap-server's address when Decap uses it: the page is on this machine and a local backend is set. */
function localBackendUrl(config: CmsConfig, hostname: string): string | undefined {
  const local = config.local_backend;
  if (!local || !['localhost', '127.0.0.1'].includes(hostname)) return undefined;
  return typeof local === 'object' && local.url ? local.url : 'http://localhost:8081/api/v1';
}

/** Where this CMS saves to, as Decap picks it: decap-server on this machine, or GitHub. */
export function storedContent(config: CmsConfig, hostname = window.location.hostname): ReadFolder | undefined {
  const { backend } = config;
  const local = localBackendUrl(config, hostname);
  if (local) return localBackendFolders(local, backend.branch ?? 'main');
  if (backend.name === 'github' && backend.repo) return githubFolders(backend.repo, backend.branch ?? 'main');
  // git-gateway: no token of ours to read with; the pull-request check catches what gets through.
  return undefined;
}

/**
 * Reads a saved file as it is now, where a save writes it straight away (decap-server). With
 * the editorial workflow an entry being edited lives on its draft branch, not on main, so a
 * comparison with main would refuse every second save of a draft: there Decap's own commit
 * on the draft branch decides (README, "Editing").
 */
export function storedFile(config: CmsConfig, hostname = window.location.hostname) {
  if (config.publish_mode === 'editorial_workflow') return undefined;
  const local = localBackendUrl(config, hostname);
  return local ? localBackendFile(local, config.backend.branch ?? 'main') : undefined;
}

/**
 * Tracks the version of each file an editor last saw, so a save over someone else's newer
 * save is refused instead of silently undoing it.
 */
export function editConflicts(readFile: (path: string) => Promise<string | null>) {
  const savedHere = new Map<string, string>();
  return {
    /** True when the file changed since this editor loaded it (`loaded`) or last saved it. */
    async changedElsewhere(path: string, loaded: string): Promise<boolean> {
      if (!path) return false;
      const base = savedHere.get(path) ?? loaded;
      if (!base) return false;
      const current = await readFile(path);
      return current !== null && current !== base;
    },
    /** After this editor's own save: its version is the one it knows. */
    async saved(path: string): Promise<void> {
      const current = path ? await readFile(path) : null;
      if (current !== null) savedHere.set(path, current);
    },
  };
}

/** The folders of the collections the cross-file rules look at, from the CMS config. */
export function contentFolders(config: CmsConfig): ContentFolders | undefined {
  const folderOf = (name: string) => {
    const collection = config.collections.find((candidate) => candidate.name === name);
    return collection && 'folder' in collection && typeof collection.folder === 'string'
      ? collection.folder
      : undefined;
  };
  const hubs = folderOf(COLLECTION_NAMES.hubs);
  const calendars = folderOf(COLLECTION_NAMES.calendars);
  const pages = folderOf(COLLECTION_NAMES.pages);
  return hubs && calendars && pages ? { hubs, calendars, pages } : undefined;
}
