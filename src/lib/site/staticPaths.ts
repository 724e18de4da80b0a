import { offersAllHubsFeed } from '../outputs/ical/urls';
import type { Site, SiteHub, SitePage } from './site';

/** The routes under /hubs/<slug>/ (page, feed, QR code): one per hub, with the hub's model as props. */
export function hubPaths(site: Site): { params: { slug: string }; props: { view: SiteHub; site: Site } }[] {
  return site.hubs.map((view) => ({ params: { slug: view.hub.slug }, props: { view, site } }));
}

/** The program pages' routes, /<slug>/, with each page's model as props. */
export function programPagePaths(site: Site): { params: { page: string }; props: { view: SitePage } }[] {
  return site.pages.map((view) => ({ params: { page: view.page.slug }, props: { view } }));
}

/** The routes of the all-hubs feed and its QR code: only for sites of city size. */
export function allHubsFeedPaths(site: Site): { params: { feed: 'all' } }[] {
  return offersAllHubsFeed(site.hubs.length) ? [{ params: { feed: 'all' } }] : [];
}
