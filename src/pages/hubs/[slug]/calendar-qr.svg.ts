import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../collections/site';
import { fileResponse } from '../../../lib/outputs/fileResponse';
import { feedQrCode } from '../../../lib/outputs/ical/qr';
import { requireSite } from '../../../lib/outputs/ical/response';
import { hubFeedPath } from '../../../lib/outputs/ical/urls';
import { hubPaths } from '../../../lib/site/staticPaths';

/** /hubs/<slug>/calendar-qr.svg: the QR code a phone scans to subscribe to the hub's feed. */
export const getStaticPaths = (async () => hubPaths(await loadSite())) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  fileResponse(await feedQrCode(hubFeedPath(params.slug ?? ''), requireSite(site)), 'image/svg+xml');
