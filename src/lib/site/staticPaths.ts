import { offersAllHubsFeed } from '../outputs/ical/urls';
import type { Site } from './site';

/** The routes under /hubs/<slug>/ (page, feed, QR code): one per hub. */
export function hubPaths(site: Site): { params: { slug: string } }[] {
  return site.hubs.map((view) => ({ params: { slug: view.hub.slug } }));
}

/** The routes of the all-hubs feed and its QR code: only for sites of city size. */
export function allHubsFeedPaths(site: Site): { params: { feed: 'all' } }[] {
  return offersAllHubsFeed(site.hubs.length) ? [{ params: { feed: 'all' } }] : [];
}
