/**
 * Lighthouse (mobile) on the list pages of one generated size, served gzip-compressed like a
 * host: the same runs as tests/lighthouse.test.ts (median of three, the simulated phone
 * calibrated to the host), so the bench and the test score alike.
 */
import { type Category, launchLighthouseChrome } from '../../tests/support/lighthouse';
import { serveStatic } from '../../tests/support/server';

export interface ListLighthouse {
  page: string;
  scores: Record<Category, number>;
}

/** Issue 17: Lighthouse mobile performance ≥ 90 on each list page at 2,000 hubs. */
export const LIST_LIGHTHOUSE_LEAST = 90;

export async function measureListLighthouse(distDir: string, pages: readonly string[]): Promise<ListLighthouse[]> {
  const server = await serveStatic(distDir, { gzip: true });
  const chrome = await launchLighthouseChrome();
  try {
    await chrome.warmUp(`${server.origin}/about/`);
    const results: ListLighthouse[] = [];
    for (const page of pages) results.push({ page, scores: (await chrome.audit(`${server.origin}${page}`)).scores });
    return results;
  } finally {
    await chrome.close();
    await server.close();
  }
}
