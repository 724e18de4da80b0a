import type { APIRoute, GetStaticPaths } from 'astro';
import { currentSite } from '../../lib/currentSite';
import { fileResponse } from '../../lib/fileResponse';
import { allHubsFeed } from '../../lib/ical/feed';
import { requireSite } from '../../lib/ical/response';
import { allHubsFeedPaths } from '../../lib/staticPaths';

/** /hubs/all.ics: every hub's open days in one calendar, for sites of city size. */
export const getStaticPaths = (() =>
  allHubsFeedPaths(currentSite({ cache: import.meta.env.PROD }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site }) => {
  const current = currentSite({ cache: import.meta.env.PROD });
  return fileResponse(allHubsFeed(current.hubs, current.settings, requireSite(site)), 'text/calendar');
};
