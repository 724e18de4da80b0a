import type { APIRoute, GetStaticPaths } from 'astro';
import { fileResponse } from '../../../lib/outputs/fileResponse';
import { feedQrCode } from '../../../lib/outputs/ical/qr';
import { requireSite } from '../../../lib/outputs/ical/response';
import { hubFeedPath } from '../../../lib/outputs/ical/urls';
import { currentSite } from '../../../lib/site/currentSite';
import { hubPaths } from '../../../lib/site/staticPaths';

/** /hubs/<slug>/calendar-qr.svg: the QR code a phone scans to subscribe to the hub's feed. */
export const getStaticPaths = (() => hubPaths(currentSite({ cache: import.meta.env.PROD }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  fileResponse(await feedQrCode(hubFeedPath(params.slug ?? ''), requireSite(site)), 'image/svg+xml');
