/**
 * Lighthouse (mobile) on the home page, a hub page and /search/, served gzip-compressed as a host
 * would: performance at least 95, accessibility, best practices and SEO 100.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Category, type LighthouseChrome, launchLighthouseChrome } from './support/lighthouse';
import { type StaticServer, serveStatic } from './support/server';
import { sharedBuild } from './support/sharedBuilds';

const PAGES = ['/', '/hubs/machi-cafe-nagomi/', '/search/'];
const AT_LEAST: Record<Category, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };

let server: StaticServer;
let chrome: LighthouseChrome;

beforeAll(async () => {
  const build = sharedBuild('shipped');
  if (build.status !== 0) throw new Error(build.output);
  server = await serveStatic(build.outDir, { gzip: true });
  chrome = await launchLighthouseChrome();
  await chrome.warmUp(`${server.origin}/about/`);
});

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

describe('Lighthouse, mobile', () => {
  it.each(PAGES)('%s scores performance ≥ 95 and 100 for the rest', async (pathname) => {
    const { scores, failing } = await chrome.audit(`${server.origin}${pathname}`);
    console.log(`${pathname}: ${JSON.stringify(scores)}${failing.length > 0 ? `\n  ${failing.join('\n  ')}` : ''}`);
    const short = Object.entries(AT_LEAST).filter(([id, least]) => scores[id as Category] < least);
    expect({ short: short.map(([id]) => `${id} ${scores[id as Category]}`), failing }).toMatchObject({ short: [] });
  });
});
