import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SEARCH_OPTIONS } from '../../src/lib/browser/search/options';
import { searchRequest } from '../../src/lib/browser/search/question';

export interface Hit {
  url: string;
  title: string;
  meta: Record<string, string>;
  excerpt: string;
  filters: Record<string, string[]>;
}

interface PagefindResultData {
  url: string;
  meta: Record<string, string>;
  excerpt: string;
  filters: Record<string, string[]>;
}

interface PagefindModule {
  options(options: object): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, string[]> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface NodeSearch {
  search(query: string, filters?: Record<string, string[]>): Promise<Hit[]>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/**
 * Loads the built Pagefind bundle in Node, as a browser would: fetch reads the bundle's files,
 * `document` reports lang="ja" (so queries are segmented like in the browser). Same options
 * and the same reading of the query (searchRequest: normalised, days as filters) as the site's UI.
 */
export async function loadNodeSearch(outDir: string): Promise<NodeSearch> {
  const bundle = path.join(outDir, 'pagefind');
  globalThis.fetch = (async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'file:///');
    const body = await readFile(decodeURIComponent(url.pathname));
    return new Response(body);
  }) as typeof fetch;
  Object.assign(globalThis, {
    document: {
      currentScript: null,
      querySelector: (selector: string) => (selector === 'html' ? { getAttribute: () => 'ja' } : null),
    },
  });
  const pagefind = (await import(pathToFileURL(path.join(bundle, 'pagefind.js')).href)) as PagefindModule;
  await pagefind.options({ ...SEARCH_OPTIONS, basePath: `${pathToFileURL(bundle).href}/`, baseUrl: '/' });
  return {
    async search(query, filters = {}) {
      const request = searchRequest(query, filters);
      const response = await pagefind.search(request.term || null, { filters: request.filters });
      const data = await Promise.all(response.results.map((result) => result.data()));
      return data.map((item) => ({
        url: item.url,
        title: item.meta.title ?? '',
        meta: item.meta,
        excerpt: item.excerpt,
        filters: item.filters,
      }));
    },
    filters: () => pagefind.filters(),
  };
}
