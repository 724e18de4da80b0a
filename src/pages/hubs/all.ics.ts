import type { APIRoute } from 'astro';
import { currentSite } from '../../lib/currentSite';
import { allHubsFeed } from '../../lib/ical/feed';
import { calendarResponse, requireSite } from '../../lib/ical/response';

/** /hubs/all.ics: every hub's open days in one calendar. */
export const GET: APIRoute = ({ site }) => {
  const current = currentSite({ cache: import.meta.env.PROD });
  return calendarResponse(allHubsFeed(current.hubs, current.settings, requireSite(site)));
};
