/**
 * The bench's bare ical-generator part: the same hub feeds as the site (our event list from
 * src/lib) written by ical-generator called directly, outside Astro, one file per hub.
 * Usage: tsx scripts/bench/bareFeeds.ts <content dir> <out dir>; prints one JSON line.
 * The timer starts once the site model is built: it times the feeds' own work only.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import ical from 'ical-generator';
import { loadContent } from '../../src/lib/content/load';
import { openDayEvents } from '../../src/lib/outputs/ical/feed';
import { hubFeedPath } from '../../src/lib/outputs/ical/urls';
import { buildSite } from '../../src/lib/site/site';
import { DEFAULT_SITE_URL } from '../../src/lib/site/siteUrl';

const [contentDir, outDir] = process.argv.slice(2);
if (!contentDir || !outDir) throw new Error('usage: tsx scripts/bench/bareFeeds.ts <content dir> <out dir>');

const now = new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000 || Date.now());
const site = buildSite(loadContent(contentDir), now);
const started = performance.now();
let events = 0;
for (const view of site.hubs) {
  const list = openDayEvents(view, site.settings, DEFAULT_SITE_URL);
  events += list.length;
  const file = path.join(outDir, hubFeedPath(view.hub.slug));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, ical({ name: view.hub.name, ttl: 12 * 60 * 60, timezone: null, events: list }).toString());
}
console.log(JSON.stringify({ feeds: site.hubs.length, events, ms: performance.now() - started }));
