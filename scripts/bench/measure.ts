/** Pure-ish helpers that turn a build's log, report and output folder into figures. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { gzipSync } from 'node:zlib';

export type OutputKind = 'html' | 'ics' | 'pagefind' | 'other';

/** What Astro's "generating static routes" lines say, summed by the kind of file written. */
export interface RouteTimes {
  count: Record<OutputKind, number>;
  ms: Record<OutputKind, number>;
  /** "✓ Completed in …" after "generating static routes": the whole rendering phase. */
  generationMs: number | undefined;
  /** The hub pages alone (/hubs/<slug>/index.html): the work our build and the bare baseline share. */
  hubPages: number;
  hubPageMs: number;
}

const HUB_PAGE = /^\/hubs\/[^/]+\/index\.html$/;

const emptyKinds = (): Record<OutputKind, number> => ({ html: 0, ics: 0, pagefind: 0, other: 0 });

export function kindOf(relativePath: string): OutputKind {
  const normalised = relativePath.split(path.sep).join('/').replace(/^\/+/, '');
  if (normalised.startsWith('pagefind/')) return 'pagefind';
  if (normalised.endsWith('.html')) return 'html';
  if (normalised.endsWith('.ics')) return 'ics';
  return 'other';
}

function durationMs(value: string, unit: string): number {
  const n = Number(value);
  return unit === 's' ? n * 1000 : unit === 'm' ? n * 60_000 : n;
}

export function parseRouteTimes(log: string): RouteTimes {
  const times: RouteTimes = {
    count: emptyKinds(),
    ms: emptyKinds(),
    generationMs: undefined,
    hubPages: 0,
    hubPageMs: 0,
  };
  let inGeneration = false;
  for (const raw of stripVTControlCharacters(log).split('\n')) {
    if (raw.includes('generating static routes')) {
      inGeneration = true;
      continue;
    }
    const route = raw.match(/[├└]─ (\S+) \(\+([\d.]+)(ms|s|m)\)/);
    if (route) {
      const kind = kindOf(route[1] as string);
      const ms = durationMs(route[2] as string, route[3] as string);
      times.count[kind]++;
      times.ms[kind] += ms;
      if (HUB_PAGE.test(route[1] as string)) {
        times.hubPages++;
        times.hubPageMs += ms;
      }
      continue;
    }
    // Astro writes a minute and more as "1m 57s".
    const completed = raw.match(/✓ Completed in (?:(\d+)m\s*)?([\d.]+)(ms|s)\b/);
    if (inGeneration && completed) {
      times.generationMs =
        (times.generationMs ?? 0) +
        durationMs(completed[1] ?? '0', 'm') +
        durationMs(completed[2] as string, completed[3] as string);
      inGeneration = false;
    }
  }
  return times;
}

export function walkFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...walkFiles(full));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}

export interface OutputBytes {
  total: number;
  files: number;
  bytes: Record<OutputKind, number>;
  count: Record<OutputKind, number>;
}

export function outputBytes(dir: string): OutputBytes {
  const result: OutputBytes = { total: 0, files: 0, bytes: emptyKinds(), count: emptyKinds() };
  for (const file of walkFiles(dir)) {
    const size = statSync(file).size;
    const kind = kindOf(path.relative(dir, file));
    result.total += size;
    result.files++;
    result.bytes[kind] += size;
    result.count[kind]++;
  }
  return result;
}

export interface Weight {
  raw: number;
  gzip: number;
}

export const gzipSize = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;
export const weightOf = (data: Buffer | string): Weight => ({ raw: Buffer.byteLength(data), gzip: gzipSize(data) });

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The three bare tools the issue measures our build against, each timed on its own in the same run. */
export interface BareParts {
  /** Bare Astro pages: the baseline's whole build. */
  astroMs: number;
  /** Bare Pagefind CLI over the baseline's output. */
  pagefindMs: number;
  /** Bare ical-generator writing the same feeds (scripts/bench/bareFeeds.ts's own timer). */
  feedsMs: number;
}

export function bareSum(parts: BareParts): number {
  return parts.astroMs + parts.pagefindMs + parts.feedsMs;
}

/** Our build's wall time over the sum of the bare parts (the target: at most 1.5x). */
export const bareRatio = (oursMs: number, parts: BareParts) => oursMs / bareSum(parts);

/** The JSON line scripts/bench/bareFeeds.ts prints last. */
export function parseBareFeeds(log: string): { feeds: number; events: number; ms: number } {
  const line = log
    .trim()
    .split('\n')
    .reverse()
    .find((candidate) => candidate.startsWith('{'));
  const parsed = line ? JSON.parse(line) : undefined;
  if (typeof parsed?.ms !== 'number' || typeof parsed.events !== 'number')
    throw new Error(`bare feeds printed no result: ${log.slice(-500)}`);
  return parsed;
}
