import { type CollectionEntry, type CollectionKey, getCollection, getEntry } from 'astro:content';
import path from 'node:path';
import { daysDocumentBytes } from '../lib/content/daysDocuments';
import { displayPath } from '../lib/content/listing';
import { contentRoot } from '../lib/content/load';
import type { Entry } from '../lib/content/types';
import { buildInstant } from '../lib/site/buildTime';
import { buildSite, programPageOrder, type Site } from '../lib/site/site';
import type { Settings } from '../schema/settings';

let cached: { key: string; site: Site } | undefined;

/**
 * The site model (src/lib/site) over the content collections: every page, feed and data file
 * asks here. Computed once per content state and instant, so a build shares one model across
 * all routes and the dev server recomputes it when staff save.
 */
export async function loadSite(): Promise<Site> {
  const [hubs, months, pages, settings] = await Promise.all([
    getCollection('hubs'),
    getCollection('calendars'),
    getCollection('pages'),
    getCollection('settings'),
  ]);
  const now = buildInstant();
  const key = [now.getTime() - (now.getTime() % 60_000), hubs, months, pages, settings]
    .map((part) => (Array.isArray(part) ? part.map((entry) => `${entry.id}:${entry.digest}`).join() : part))
    .join('|');
  if (cached?.key === key) return cached.site;
  const fileOf = (item: { id: string; filePath?: string | undefined }) => path.resolve(item.filePath ?? item.id);
  const entry = <C extends CollectionKey>(item: CollectionEntry<C>): Entry<CollectionEntry<C>['data']> => ({
    file: displayPath(fileOf(item)),
    data: item.data,
    body: item.body ?? '',
  });

  const setting = settings[0];
  if (!setting) throw new Error('サイトの設定(content/settings/site.yaml)が読み込めませんでした。');
  const root = contentRoot();
  const monthEntries = months.map(entry);
  const site = buildSite(
    {
      root,
      hubs: hubs.map(entry),
      months: monthEntries,
      pages: pages.map(entry),
      settings: entry(setting),
      documentBytes: daysDocumentBytes(root, monthEntries),
    },
    now,
  );
  cached = { key, site };
  return site;
}

/** The site settings alone, for the layout every page shares. */
export async function siteSettings(): Promise<Settings> {
  const entry = await getEntry('settings', 'site');
  if (!entry) throw new Error('サイトの設定(content/settings/site.yaml)が読み込めませんでした。');
  return entry.data;
}

/** The program pages in the site's order, for the footer every page shares. */
export async function programPageLinks(): Promise<{ href: string; title: string }[]> {
  return (await getCollection('pages'))
    .map((entry) => entry.data)
    .sort(programPageOrder)
    .map((page) => ({ href: `/${page.slug}/`, title: page.title }));
}
