import { TRANSLATIONS, type Translation } from '../i18n/locales';
import { offersAllHubsFeed } from '../outputs/ical/urls';
import { programPageKey } from './cacheKeys';
import { type ListPage, listPages, type RowStart, rowStarts } from './listPages';
import type { Site, SiteHub, SitePage } from './site';

/** A route's key for Astro's incremental build, from the path's model (src/lib/site/cacheKeys.ts). */
export type HubPathKey = (view: SiteHub, movedFrom?: string) => string;

/** The routes under /hubs/<slug>/ (page, feed, QR code): one per hub, with the hub's model as props. */
export function hubPaths(
  site: Site,
  cacheKey: HubPathKey,
): { params: { slug: string }; props: { view: SiteHub; site: Site }; cacheKey: string }[] {
  return site.hubs.map((view) => ({
    params: { slug: view.hub.slug },
    props: { view, site },
    cacheKey: cacheKey(view),
  }));
}

/** /en/hubs/<slug>/ and /easy/hubs/<slug>/: each hub's page in each translation (moved hubs redirect in Japanese). */
export function translatedHubPaths(
  site: Site,
  cacheKey: (view: SiteHub, locale: Translation) => string,
): {
  params: { locale: Translation; slug: string };
  props: { view: SiteHub; site: Site; locale: Translation };
  cacheKey: string;
}[] {
  return TRANSLATIONS.flatMap((locale) =>
    site.hubs.map((view) => ({
      params: { locale, slug: view.hub.slug },
      props: { view, site, locale },
      cacheKey: cacheKey(view, locale),
    })),
  );
}

/**
 * Every address a hub's page and feed answer at: its slug, and the slugs it was published under
 * before it moved (`movedFrom`), which lead to the new page and keep serving the same feed.
 */
export function hubAddressPaths(
  site: Site,
  cacheKey: HubPathKey,
): { params: { slug: string }; props: { view: SiteHub; site: Site; movedFrom?: string }; cacheKey: string }[] {
  return [
    ...hubPaths(site, cacheKey),
    ...site.hubs.flatMap((view) =>
      view.hub.formerSlugs.map((former) => ({
        params: { slug: former },
        props: { view, site, movedFrom: former },
        cacheKey: cacheKey(view, former),
      })),
    ),
  ];
}

/** `_redirects` for hosts that read it (Cloudflare Pages, Netlify): each moved hub's old addresses. */
export function hubRedirects(site: Site): string {
  return site.hubs
    .flatMap((view) => view.hub.formerSlugs.map((former) => `/hubs/${former}/ /hubs/${view.hub.slug}/ 301\n`))
    .join('');
}

/** The program pages' routes, /<slug>/, with each page's model as props. */
export function programPagePaths(
  site: Site,
): { params: { page: string }; props: { view: SitePage }; cacheKey: string }[] {
  return site.pages.map((view) => ({
    params: { page: view.page.slug },
    props: { view },
    cacheKey: programPageKey(site, view),
  }));
}

/** The routes of the all-hubs feed and its QR code: only for sites of city size. */
export function allHubsFeedPaths(site: Site): { params: { feed: 'all' } }[] {
  return offersAllHubsFeed(site.hubs.length) ? [{ params: { feed: 'all' } }] : [];
}

/** The hub list's pages after the first (/hubs/page/<n>/): none at city size. */
export function listPagePaths(site: Site): {
  params: { number: string };
  props: { page: ListPage<SiteHub>; pageCount: number; starts: RowStart[]; site: Site };
}[] {
  const pages = listPages(site.hubs);
  // The 五十音 index is the same on every page: worked out once, not once per page.
  const starts = rowStarts(pages);
  return pages.slice(1).map((page) => ({
    params: { number: String(page.number) },
    props: { page, pageCount: pages.length, starts, site },
  }));
}
