import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { type OperatingMonth, operatingMonthSchema } from '../../schema/calendar';
import { type Hub, hubSchema } from '../../schema/hub';
import { type ProgramPage, programPageSchema } from '../../schema/page';
import { type Settings, settingsSchema } from '../../schema/settings';
import { contentChangeTimes } from './changeTimes';
import { type ContentDocument, DocumentError, decodeUtf8, parseDataDocument, parseMarkdownDocument } from './documents';
import { ContentError, type ContentProblem, fileProblem, problemsFromIssues } from './problems';

export interface Entry<T> {
  /** Where the entry came from, for messages: relative to the working directory when inside it. */
  file: string;
  data: T;
  /** Markdown body (empty for YAML data files). */
  body: string;
  /** When the file last changed (last commit, or modification time), never later than SOURCE_DATE_EPOCH. */
  changed: Date;
}

export interface SiteContent {
  root: string;
  hubs: Entry<Hub>[];
  months: Entry<OperatingMonth>[];
  pages: Entry<ProgramPage>[];
  settings: Entry<Settings>;
}

/** URLs the site itself uses: a program page may not take them. */
export const RESERVED_PAGE_SLUGS = [
  'hubs',
  'search',
  'admin',
  'opendata',
  'accessibility',
  'calendar',
  'calendar-help',
  'feeds',
  'pagefind',
  '404',
];

export const COLLECTION_DIRS = { hubs: 'hubs', months: 'calendars', pages: 'pages', settings: 'settings' } as const;
export const SETTINGS_FILE = 'site.yaml';

export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.CONTENT_DIR || 'content');
}

function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join('/');
}

function listFiles(dir: string, extensions: readonly string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && extensions.includes(path.extname(name)))
    .sort()
    .map((name) => path.join(dir, name));
}

function readCollection<S extends z.ZodType>(
  files: readonly string[],
  schema: S,
  parse: (text: string) => ContentDocument,
  problems: ContentProblem[],
  changeTimes: ReadonlyMap<string, Date>,
  rejectedSlugs?: Set<string>,
): Entry<z.output<S>>[] {
  const entries: Entry<z.output<S>>[] = [];
  for (const absolute of files) {
    const file = displayPath(absolute);
    let document: ContentDocument;
    try {
      document = parse(decodeUtf8(readFileSync(absolute)));
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error;
      problems.push(fileProblem(file, error.message));
      continue;
    }
    if (document.data === null || typeof document.data !== 'object' || Array.isArray(document.data)) {
      problems.push(fileProblem(file, '項目が「名前: 値」の形で書かれていません。管理画面から保存し直してください。'));
      continue;
    }
    const result = schema.safeParse(document.data, { reportInput: true });
    if (result.success) {
      entries.push({ file, data: result.data, body: document.body, changed: changeTimes.get(absolute) ?? new Date(0) });
    } else {
      problems.push(...problemsFromIssues(file, schema, result.error.issues));
      const { slug } = document.data as { slug?: unknown };
      if (typeof slug === 'string') rejectedSlugs?.add(slug);
    }
  }
  return entries;
}

function duplicates<T>(entries: readonly Entry<T>[], key: (data: T) => string): Array<[Entry<T>, Entry<T>]> {
  const first = new Map<string, Entry<T>>();
  const pairs: Array<[Entry<T>, Entry<T>]> = [];
  for (const entry of entries) {
    const existing = first.get(key(entry.data));
    if (existing) pairs.push([entry, existing]);
    else first.set(key(entry.data), entry);
  }
  return pairs;
}

/** Hubs and pages are addressed by slug: two files may not claim the same URL. */
function duplicateSlugs(entries: readonly Entry<{ slug: string }>[]): ContentProblem[] {
  return duplicates(entries, (data) => data.slug).map(([entry, existing]) =>
    fileProblem(
      entry.file,
      `URL用の名前「${entry.data.slug}」は ${existing.file} でも使われています。別の名前にしてください。`,
      'slug',
      'URL用の名前',
    ),
  );
}

/** Rules that span files: references, uniqueness, what a kind of hub may list. */
function crossCheck(
  content: Omit<SiteContent, 'settings' | 'root'>,
  rejectedHubs: ReadonlySet<string>,
  problems: ContentProblem[],
): void {
  problems.push(...duplicateSlugs(content.hubs));
  const hubs = new Map(content.hubs.map((entry) => [entry.data.slug, entry.data]));
  for (const entry of content.months) {
    const hub = hubs.get(entry.data.hub);
    if (!hub && rejectedHubs.has(entry.data.hub)) {
      // The hub file itself is broken and already reported: one message is enough.
    } else if (!hub) {
      problems.push(
        fileProblem(
          entry.file,
          `拠点「${entry.data.hub}」は登録されていません。拠点一覧にある拠点を選んでください。`,
          'hub',
          '拠点',
        ),
      );
    } else if (hub.schedule.kind === 'weekly' && entry.data.openDays.length > 0) {
      problems.push(
        fileProblem(
          entry.file,
          `「${hub.name}」は曜日固定の拠点です。ふだん休みの日に開く場合は「運営日」ではなく「特別開所」に追加してください。`,
          'openDays',
          '運営日(曜日固定なしの拠点)',
        ),
      );
    }
  }
  for (const [entry, existing] of duplicates(content.months, (month) => `${month.hub} ${month.month}`)) {
    problems.push(
      fileProblem(
        entry.file,
        `${entry.data.month} の「${entry.data.hub}」のカレンダーは ${existing.file} にもあります。1つにまとめてください。`,
        'month',
        '対象の月',
      ),
    );
  }
  problems.push(...duplicateSlugs(content.pages));
  for (const entry of content.pages) {
    if (RESERVED_PAGE_SLUGS.includes(entry.data.slug)) {
      problems.push(
        fileProblem(
          entry.file,
          `URL用の名前「${entry.data.slug}」はサイトの仕組みで使っているため使えません。別の名前にしてください。`,
          'slug',
          'URL用の名前',
        ),
      );
    }
  }
}

/** Reads and validates every content file; throws ContentError listing every problem found. */
export function loadContent(root: string = contentRoot()): SiteContent {
  const problems: ContentProblem[] = [];
  const dir = (name: string) => path.join(root, name);
  const settingsPath = path.join(dir(COLLECTION_DIRS.settings), SETTINGS_FILE);
  const files = {
    hubs: listFiles(dir(COLLECTION_DIRS.hubs), ['.md']),
    months: listFiles(dir(COLLECTION_DIRS.months), ['.yaml', '.yml']),
    pages: listFiles(dir(COLLECTION_DIRS.pages), ['.md']),
    settings: existsSync(settingsPath) ? [settingsPath] : [],
  };
  const times = contentChangeTimes(root, Object.values(files).flat());
  const rejectedHubs = new Set<string>();
  const hubs = readCollection(files.hubs, hubSchema, parseMarkdownDocument, problems, times, rejectedHubs);
  const months = readCollection(files.months, operatingMonthSchema, parseDataDocument, problems, times);
  const pages = readCollection(files.pages, programPageSchema, parseMarkdownDocument, problems, times);
  const settings = readCollection(files.settings, settingsSchema, parseDataDocument, problems, times)[0];
  if (files.settings.length === 0) {
    problems.push(
      fileProblem(
        displayPath(settingsPath),
        'サイトの設定ファイルがありません。管理画面の「サイトの設定」から保存してください。',
      ),
    );
  }
  if (files.hubs.length === 0) {
    problems.push(
      fileProblem(
        displayPath(dir(COLLECTION_DIRS.hubs)),
        '拠点が1つも登録されていません。CONTENT_DIR の指定を確かめてください。',
      ),
    );
  }
  crossCheck({ hubs, months, pages }, rejectedHubs, problems);
  if (problems.length > 0 || !settings) throw new ContentError(problems);
  return { root, hubs, months, pages, settings };
}
