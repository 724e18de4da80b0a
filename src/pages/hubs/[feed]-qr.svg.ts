import type { APIRoute, GetStaticPaths } from 'astro';
import { currentSite } from '../../lib/currentSite';
import { fileResponse } from '../../lib/fileResponse';
import { qrCodeSvg } from '../../lib/ical/qr';
import { requireSite } from '../../lib/ical/response';
import { ALL_HUBS_FEED_PATH, absoluteUrl, offersAllHubsFeed, webcalUrl } from '../../lib/ical/urls';

/** /hubs/all-qr.svg: the QR code for the all-hubs feed, offered where that feed exists. */
export const getStaticPaths = (() =>
  offersAllHubsFeed(currentSite({ cache: import.meta.env.PROD }).hubs.length)
    ? [{ params: { feed: 'all' } }]
    : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) =>
  fileResponse(await qrCodeSvg(webcalUrl(absoluteUrl(ALL_HUBS_FEED_PATH, requireSite(site)))), 'image/svg+xml');
