/**
 * The content a preview or a notice needs besides the entry being edited (a calendar's hub,
 * a hub's other months, the other hubs, the settings), read from where the CMS saves
 * (decap-server locally, GitHub when deployed) with the readers of the site check. Read once,
 * then again after every save or publish in this session, so what was just saved shows at once.
 */
import { parseDataDocument, parseMarkdownDocument } from '../src/lib/content/documents';
import { type OperatingMonth, operatingMonthSchema } from '../src/schema/calendar';
import { type Hub, hubSchema } from '../src/schema/hub';
import { type Settings, settingsSchema } from '../src/schema/settings';
import { COLLECTION_NAMES } from './config';
import type { CmsConfig } from './decap';
import { type ContentFolders, parseFiles, type ReadFolder } from './siteCheck';

export interface LiveContent {
  hubs: Hub[];
  months: OperatingMonth[];
  settings: Settings | null;
}

/** What a look at the store finds: the content, not read yet, or unreadable (offline, logged out). */
export type LiveState = { status: 'reading' } | { status: 'ready'; content: LiveContent } | { status: 'failed' };

export interface LiveStore {
  /** The state now (the same object until it changes, as React's useSyncExternalStore wants). */
  current(): LiveState;
  subscribe(listener: () => void): () => void;
  /** Starts a read unless the content is read or being read. */
  request(): void;
  /** After a save or publish: read again at the next request. */
  invalidate(): void;
  /** The state once the current read, if any, has finished. */
  settled(): Promise<LiveState>;
  /** The content of the last read that succeeded, even while reading again. */
  lastRead(): LiveContent | undefined;
}

/** The settings file of the CMS config (the one file of the settings collection). */
export function settingsFile(config: CmsConfig): string | undefined {
  const collection = config.collections.find((candidate) => candidate.name === COLLECTION_NAMES.settings);
  return collection && 'files' in collection ? collection.files?.[0]?.file : undefined;
}

async function readAll(read: ReadFolder, folders: ContentFolders, settingsPath: string): Promise<LiveContent> {
  const settingsFolder = settingsPath.slice(0, settingsPath.lastIndexOf('/'));
  const [hubFiles, calendarFiles, settingsFiles] = await Promise.all([
    read(folders.hubs, 'md'),
    read(folders.calendars, 'yaml'),
    read(settingsFolder, settingsPath.slice(settingsPath.lastIndexOf('.') + 1)),
  ]);
  const settings = parseFiles(
    settingsFiles.filter((file) => file.path === settingsPath),
    settingsSchema,
    parseDataDocument,
  );
  return {
    hubs: parseFiles(hubFiles, hubSchema, parseMarkdownDocument).entries.map((entry) => entry.data),
    months: parseFiles(calendarFiles, operatingMonthSchema, parseDataDocument).entries.map((entry) => entry.data),
    settings: settings.entries[0]?.data ?? null,
  };
}

/** After a failed read, the shortest wait before the next (the hooks ask on every render). */
const RETRY_AFTER_MS = 10_000;

export function liveContent(
  read: ReadFolder | undefined,
  folders: ContentFolders | undefined,
  settingsPath: string | undefined,
): LiveStore {
  let state: LiveState = { status: 'reading' };
  let reading: Promise<LiveState> | undefined;
  let stale = true;
  /** Counts reads, so a read overtaken by a save never shows its out-of-date result. */
  let generation = 0;
  let failedAt = 0;
  const listeners = new Set<() => void>();
  let last: LiveContent | undefined;
  const set = (next: LiveState) => {
    state = next;
    if (next.status === 'ready') last = next.content;
    for (const listener of listeners) listener();
  };
  const start = (): Promise<LiveState> => {
    stale = false;
    generation += 1;
    const mine = generation;
    if (state.status !== 'reading') set({ status: 'reading' });
    const attempt: Promise<LiveState> =
      read && folders && settingsPath
        ? readAll(read, folders, settingsPath).then(
            (content) => ({ status: 'ready', content }),
            () => ({ status: 'failed' }),
          )
        : Promise.resolve({ status: 'failed' });
    reading = attempt.then((next) => {
      if (mine === generation && !stale) set(next);
      // Offline or not logged in yet: the next preview or notice to open tries again.
      if (next.status === 'failed') failedAt = Date.now();
      return state;
    });
    return reading;
  };
  return {
    current: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    request() {
      if (stale || (state.status === 'failed' && Date.now() - failedAt > RETRY_AFTER_MS)) void start();
    },
    invalidate() {
      stale = true;
      set({ status: 'reading' });
    },
    settled: () => reading ?? start(),
    lastRead: () => last,
  };
}

const namesOf = new WeakMap<LiveContent, ReadonlyMap<string, string>>();

/** Each hub's Japanese name by slug, as last read (empty until the first read finishes). */
export function hubNames(live: LiveStore): ReadonlyMap<string, string> {
  const content = live.lastRead();
  if (!content) return new Map();
  let names = namesOf.get(content);
  if (!names) {
    names = new Map(content.hubs.map((hub) => [hub.slug, hub.name]));
    namesOf.set(content, names);
  }
  return names;
}
