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

/** decap-server's API (`npm run dev` and the browser tests). */
export function localBackendFolders(apiUrl: string, branch = 'main'): ReadFolder {
  return async (folder, extension) => {
    const response = await fetch(apiUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'entriesByFolder', params: { branch, folder, extension, depth: 1 } }),
    });
    if (!response.ok) throw new Error(`decap-server: ${response.status}`);
    const entries = (await response.json()) as { data: string | null; file: { path: string } }[];
    return entries.flatMap((entry) => (entry.data === null ? [] : [{ path: entry.file.path, raw: entry.data }]));
  };
}

/** GitHub's contents API with the token Decap keeps for the logged-in user. */
export function githubFolders(repo: string, branch: string): ReadFolder {
  const api = `https://api.github.com/repos/${repo}/contents`;
  const headers = (): HeadersInit => {
    const user = JSON.parse(localStorage.getItem('decap-cms-user') ?? '{}') as { token?: string };
    return user.token ? { Authorization: `token ${user.token}` } : {};
  };
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

interface Parsed<T> {
  entries: { file: string; data: T }[];
  /** Slugs of files that do not pass their own checks (reported by their own save, not here). */
  unreadable: Set<string>;
}

function parseFiles<S extends z.ZodType>(
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
const NEW_FILE = '(新しく追加するエントリ)';

/**
 * What saving `saved` would break across files, in words for staff: empty when the save may go
 * ahead. Problems naming the new entry read 「このエントリ」.
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
    .map((problem) => problem.replaceAll(NEW_FILE, 'このエントリ'));
}

/** Published URLs are permanent: the page, its feed, every event and printed QR code hang on the slug. */
export const SLUG_IS_PERMANENT = (slug: string) =>
  `公開済みのページのURL用の名前「${slug}」は変えられません。変えると、ブックマーク、カレンダーの購読、印刷したチラシのQRコードがつながらなくなります。表示する名前を変えたいときは「拠点名」(ページは「ページの題名」)を直してください。URLそのものを変える必要があるときは、サイトの担当者にご相談ください。`;

export const SITE_CHECK_FAILED =
  'ほかのファイルとの照合ができなかったため、保存を止めました。通信の状態を確かめて、もう一度保存してください。';

/** Where this CMS saves to, as Decap picks it: decap-server on this machine, or GitHub. */
export function storedContent(config: CmsConfig, hostname = window.location.hostname): ReadFolder | undefined {
  const { backend } = config;
  const local = config.local_backend;
  if (local && ['localhost', '127.0.0.1'].includes(hostname)) {
    const url = typeof local === 'object' && local.url ? local.url : 'http://localhost:8081/api/v1';
    return localBackendFolders(url, backend.branch ?? 'main');
  }
  if (backend.name === 'github' && backend.repo) return githubFolders(backend.repo, backend.branch ?? 'main');
  // git-gateway: no token of ours to read with; the pull-request check catches what gets through.
  return undefined;
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
