import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../collections/site';
import { fileResponse } from '../../lib/outputs/fileResponse';
import { allHubsFeed } from '../../lib/outputs/ical/feed';
import { requireSite } from '../../lib/outputs/ical/response';
import { allHubsFeedPaths } from '../../lib/site/staticPaths';

/** /hubs/all.ics: every hub's open days in one calendar, for sites of city size. */
export const getStaticPaths = (async () => allHubsFeedPaths(await loadSite())) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  const current = await loadSite();
  const feed = allHubsFeed(current.hubs, current.settings, requireSite(site), current.today);
  if (!feed) throw new Error('すべての拠点をまとめたカレンダーが、カレンダーアプリの受け取れる大きさに収まりません。');
  return fileResponse(feed.text, 'text/calendar');
};
