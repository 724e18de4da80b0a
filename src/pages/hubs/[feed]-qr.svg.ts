import type { APIRoute, GetStaticPaths } from 'astro';
import { currentSite } from '../../lib/currentSite';
import { fileResponse } from '../../lib/fileResponse';
import { feedQrCode } from '../../lib/ical/qr';
import { requireSite } from '../../lib/ical/response';
import { ALL_HUBS_FEED_PATH } from '../../lib/ical/urls';
import { allHubsFeedPaths } from '../../lib/staticPaths';

/** /hubs/all-qr.svg: the QR code for the all-hubs feed, offered where that feed exists. */
export const getStaticPaths = (() =>
  allHubsFeedPaths(currentSite({ cache: import.meta.env.PROD }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) =>
  fileResponse(await feedQrCode(ALL_HUBS_FEED_PATH, requireSite(site)), 'image/svg+xml');
