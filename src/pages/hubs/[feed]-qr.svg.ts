import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../collections/site';
import { fileResponse } from '../../lib/outputs/fileResponse';
import { subscribeQrCode } from '../../lib/outputs/ical/qr';
import { requireSite } from '../../lib/outputs/ical/response';
import { ALL_HUBS_SUBSCRIBE_PATH } from '../../lib/outputs/ical/urls';
import { allHubsFeedPaths } from '../../lib/site/staticPaths';

/** /hubs/all-qr.svg: the QR code of the all-hubs feed's subscribe section, offered where that feed exists. */
export const getStaticPaths = (async () => allHubsFeedPaths(await loadSite())) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) =>
  fileResponse(await subscribeQrCode(ALL_HUBS_SUBSCRIBE_PATH, requireSite(site)), 'image/svg+xml');
