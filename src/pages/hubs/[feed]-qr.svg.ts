import type { APIRoute, GetStaticPaths } from 'astro';
import { currentSite } from '../../lib/currentSite';
import { qrCodeSvg, svgResponse } from '../../lib/ical/qr';
import { requireSite } from '../../lib/ical/response';
import { ALL_HUBS_FEED_PATH, absoluteUrl, offersAllHubsFeed, webcalUrl } from '../../lib/ical/urls';

/** /hubs/all-qr.svg: the QR code for the all-hubs feed, offered where that feed exists. */
export const getStaticPaths = (() =>
  offersAllHubsFeed(currentSite({ cache: import.meta.env.PROD }).hubs.length)
    ? [{ params: { feed: 'all' } }]
    : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) =>
  svgResponse(await qrCodeSvg(webcalUrl(absoluteUrl(ALL_HUBS_FEED_PATH, requireSite(site)))));
