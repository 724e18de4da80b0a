import type { APIRoute, GetStaticPaths } from 'astro';
import { currentSite } from '../../../lib/currentSite';
import { fileResponse } from '../../../lib/fileResponse';
import { feedQrCode } from '../../../lib/ical/qr';
import { requireSite } from '../../../lib/ical/response';
import { hubFeedPath } from '../../../lib/ical/urls';
import { hubPaths } from '../../../lib/staticPaths';

/** /hubs/<slug>/calendar-qr.svg: the QR code a phone scans to subscribe to the hub's feed. */
export const getStaticPaths = (() => hubPaths(currentSite({ cache: import.meta.env.PROD }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  fileResponse(await feedQrCode(hubFeedPath(params.slug ?? ''), requireSite(site)), 'image/svg+xml');
