import type { APIRoute, GetStaticPaths } from 'astro';
import { fileResponse } from '../../lib/outputs/fileResponse';
import { allHubsFeed } from '../../lib/outputs/ical/feed';
import { requireSite } from '../../lib/outputs/ical/response';
import { currentSite } from '../../lib/site/currentSite';
import { allHubsFeedPaths } from '../../lib/site/staticPaths';

/** /hubs/all.ics: every hub's open days in one calendar, for sites of city size. */
export const getStaticPaths = (() =>
  allHubsFeedPaths(currentSite({ cache: import.meta.env.PROD }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site }) => {
  const current = currentSite({ cache: import.meta.env.PROD });
  return fileResponse(allHubsFeed(current.hubs, current.settings, requireSite(site)), 'text/calendar');
};
