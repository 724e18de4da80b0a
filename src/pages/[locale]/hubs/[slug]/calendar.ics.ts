import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadSite } from '../../../../collections/site';
import { FEED_EN } from '../../../../lib/i18n/feedWords';
import { fileResponse } from '../../../../lib/outputs/fileResponse';
import { hubFeed } from '../../../../lib/outputs/ical/feed';
import { requireSite } from '../../../../lib/outputs/ical/response';
import { hubFeedKey } from '../../../../lib/site/cacheKeys';
import { translatedHubPaths } from '../../../../lib/site/staticPaths';

/**
 * /en/hubs/<slug>/calendar.ics: the hub's open days with English titles and descriptions, the
 * same events (and UIDs) as the Japanese feed. やさしい日本語 pages offer the Japanese feed.
 */
export const getStaticPaths = (async () => {
  const site = await loadSite();
  return translatedHubPaths(site, (view) => hubFeedKey(site, view)).filter((path) => path.params.locale === 'en');
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site }) =>
  fileResponse(hubFeed(props.view, props.site.settings, requireSite(site), FEED_EN), 'text/calendar');
