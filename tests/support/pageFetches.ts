/**
 * What a browser really fetches for a page: every response Chromium receives, with the bytes of
 * its body as served (gzip-compressed when the server compresses, as a host does), by kind.
 * Shared by the JavaScript budget test and `npm run bench`, so both count the same way.
 */
import type { Page, Response } from 'playwright-core';

export type FetchKind = 'html' | 'css' | 'js' | 'image' | 'font' | 'data';

export interface Fetched {
  url: string;
  kind: FetchKind;
  /** Bytes of the body on the wire (after content encoding). */
  bytes: number;
  encoding: string | undefined;
}

function kindOf(response: Response): FetchKind {
  const type = response.request().resourceType();
  if (type === 'document') return 'html';
  if (type === 'stylesheet') return 'css';
  if (type === 'script' || response.url().endsWith('.wasm')) return 'js';
  if (type === 'image') return 'image';
  if (type === 'font') return 'font';
  return 'data';
}

/** Starts recording; await the promises once the page has settled. */
export function recordFetches(page: Page): Promise<Fetched>[] {
  const fetched: Promise<Fetched>[] = [];
  page.on('response', (response) => {
    fetched.push(
      response.finished().then(async () => ({
        url: new URL(response.url()).pathname,
        kind: kindOf(response),
        bytes: (await response.request().sizes()).responseBodySize,
        encoding: (await response.allHeaders())['content-encoding'],
      })),
    );
  });
  return fetched;
}

/** Bytes fetched per kind, every kind present (0 when none). */
export function bytesByKind(fetched: readonly Fetched[]): Record<FetchKind, number> {
  const totals: Record<FetchKind, number> = { html: 0, css: 0, js: 0, image: 0, font: 0, data: 0 };
  for (const item of fetched) totals[item.kind] += item.bytes;
  return totals;
}
