import type { APIRoute, GetStaticPaths } from 'astro';
import { fileResponse } from '../../../lib/outputs/fileResponse';
import { hubFeed } from '../../../lib/outputs/ical/feed';
import { requireSite } from '../../../lib/outputs/ical/response';
import { currentSite } from '../../../lib/site/currentSite';
import { hubPaths } from '../../../lib/site/staticPaths';

/** /hubs/<slug>/calendar.ics: one hub's open days, the URL residents subscribe to. */
export const getStaticPaths = (() => hubPaths(currentSite({ cache: import.meta.env.PROD }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const current = currentSite({ cache: import.meta.env.PROD });
  const view = current.hubs.find((candidate) => candidate.hub.slug === params.slug);
  if (!view) return new Response(null, { status: 404 });
  return fileResponse(hubFeed(view, current.settings, requireSite(site)), 'text/calendar');
};
