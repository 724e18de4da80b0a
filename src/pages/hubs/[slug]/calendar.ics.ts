import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadSite } from '../../../collections/site';
import { fileResponse } from '../../../lib/outputs/fileResponse';
import { hubFeed } from '../../../lib/outputs/ical/feed';
import { requireSite } from '../../../lib/outputs/ical/response';
import { hubFeedKey } from '../../../lib/site/cacheKeys';
import { hubAddressPaths } from '../../../lib/site/staticPaths';

/** /hubs/<slug>/calendar.ics: one hub's open days, the URL residents subscribe to. */
export const getStaticPaths = (async () => {
  const site = await loadSite();
  return hubAddressPaths(site, (view) => hubFeedKey(site, view));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site }) =>
  fileResponse(hubFeed(props.view, props.site.settings, requireSite(site)), 'text/calendar');
