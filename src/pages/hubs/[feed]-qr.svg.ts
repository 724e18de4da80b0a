import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../collections/site';
import { fileResponse } from '../../lib/outputs/fileResponse';
import { feedQrCode } from '../../lib/outputs/ical/qr';
import { requireSite } from '../../lib/outputs/ical/response';
import { ALL_HUBS_FEED_PATH } from '../../lib/outputs/ical/urls';
import { allHubsFeedPaths } from '../../lib/site/staticPaths';

/** /hubs/all-qr.svg: the QR code for the all-hubs feed, offered where that feed exists. */
export const getStaticPaths = (async () => allHubsFeedPaths(await loadSite())) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) =>
  fileResponse(await feedQrCode(ALL_HUBS_FEED_PATH, requireSite(site)), 'image/svg+xml');
