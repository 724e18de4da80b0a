import { createHash } from 'node:crypto';
import { serialize } from 'node:v8';
import type { Settings } from '../../schema/settings';
import type { HubText } from './hubText';
import type { Site, SiteHub, SitePage } from './site';

/**
 * The `cacheKey` of each route Astro's incremental build (`experimental.incrementalBuild`) may
 * copy from the previous build instead of rendering: a digest of everything the output is made
 * from besides code (Astro hashes the code itself) and the site URL (part of Astro's config hash).
 * A key that misses an input publishes a stale file, so each key takes the whole model of what
 * its route renders; tests/incremental.test.ts compares an incremental build with a clean one.
 */

/**
 * SHA-256 of a value in V8's serialisation (native, so cheap at 2,000 hubs; Maps, Sets and Dates
 * included; a function throws). Key order counts: a reordered but equal value only costs a render.
 */
export function digestOf(value: unknown): string {
  return createHash('sha256').update(serialize(value)).digest('base64url');
}

/** What BaseLayout shows on every page: the settings (title, office) and the program pages' links. */
function layoutInputs(site: Site): { settings: Settings; pageLinks: { slug: string; title: string }[] } {
  return { settings: site.settings, pageLinks: site.pages.map(({ page }) => ({ slug: page.slug, title: page.title })) };
}

/** /hubs/<slug>/ (and a former slug's moved notice): the hub's model, the day it speaks for, the layout. */
export function hubPageKey(site: Site, view: SiteHub, movedFrom: string | undefined): string {
  return digestOf({ view, movedFrom, today: site.today, window: site.window, ...layoutInputs(site) });
}

/** /<locale>/hubs/<slug>/: the Japanese page's model, and what it says in the other language (its status). */
export function translatedHubPageKey(site: Site, view: SiteHub, text: HubText): string {
  return digestOf({ view, text, today: site.today, window: site.window, ...layoutInputs(site) });
}

/** /<page>/: the page's model and the layout (a program page shows no date of the build). */
export function programPageKey(site: Site, view: SitePage): string {
  return digestOf({ view, ...layoutInputs(site) });
}

/**
 * /hubs/<slug>/calendar.ics: what hubFeed reads (src/lib/outputs/ical/feed.ts). Not the
 * status or the months shown, which change every day: a feed changes with its window, its
 * hub and its days.
 */
export function hubFeedKey(site: Site, view: SiteHub): string {
  const { hub, summary, openDays, changed } = view;
  // All the settings, not the few a feed reads today: they change rarely, and a missed one would publish a stale feed.
  return digestOf({ hub, summary, openDays, changed, settings: site.settings, window: site.window });
}

/** A QR code image: only the address it encodes. */
export function qrImageKey(target: string): string {
  return digestOf(target);
}
