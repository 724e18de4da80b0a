/**
 * Decap file formats that write back only what staff changed. Decap hands `toFile` the data
 * alone, so `fromFile` remembers each file's text under the entry it holds (a hub's slug, a
 * calendar's hub and month, …) and `toFile` edits that text instead of writing a new one.
 */
import type CMS from 'decap-cms-app';
import { parseEntryFile, writeEntryFile } from '../src/lib/content/keptFormat';
import type { CmsFormatter } from './decap';

type Data = Record<string, unknown>;

const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

interface FileKind {
  markdown: boolean;
  /** Which entry a file holds, from its data; undefined for an entry still being named. */
  identity(data: Data): string | undefined;
}

export type FileCollection = 'hubs' | 'pages' | 'calendars' | 'settings';

const KINDS: Record<FileCollection, FileKind> = {
  hubs: { markdown: true, identity: (data) => text(data.slug) },
  pages: { markdown: true, identity: (data) => text(data.slug) },
  calendars: {
    markdown: false,
    identity: (data) => (text(data.hub) && text(data.month) ? `${data.hub}-${data.month}` : undefined),
  },
  settings: { markdown: false, identity: () => 'site' },
};

/** The format name a collection's config refers to. */
export function fileFormat(collection: FileCollection): string {
  return `kept-${collection}`;
}

/** A file's data as the CMS reads it, for code that derives something from a file (e.g. a list label). */
export function readEntryFile(collection: FileCollection, content: string): Data {
  return parseEntryFile(content, KINDS[collection].markdown);
}

/**
 * Registers the formats. `adapt` wraps a collection's format, for data derived when a file is
 * read (the calendars list's hub names, admin/calendarLabels.ts).
 */
export function registerFileFormats(
  cms: typeof CMS,
  adapt: Partial<Record<FileCollection, (format: CmsFormatter) => CmsFormatter>> = {},
): void {
  const originals = new Map<string, string>();
  for (const [collection, kind] of Object.entries(KINDS) as Array<[FileCollection, FileKind]>) {
    const key = (data: Data) => {
      const identity = kind.identity(data);
      return identity === undefined ? undefined : `${collection}/${identity}`;
    };
    const format: CmsFormatter = {
      fromFile(content) {
        const data = parseEntryFile(content, kind.markdown);
        const entry = key(data);
        if (entry) originals.set(entry, content);
        return data;
      },
      toFile(data, sortedKeys = []) {
        const entry = key(data as Data);
        const original = entry ? originals.get(entry) : undefined;
        return writeEntryFile(data as Data, { markdown: kind.markdown, order: sortedKeys, original });
      },
    };
    cms.registerCustomFormat(
      fileFormat(collection),
      kind.markdown ? 'md' : 'yaml',
      adapt[collection]?.(format) ?? format,
    );
  }
}
