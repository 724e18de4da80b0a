import type { APIRoute, GetStaticPaths } from 'astro';
import { currentSite } from '../../../lib/currentSite';
import { fileResponse } from '../../../lib/fileResponse';
import { qrCodeSvg } from '../../../lib/ical/qr';
import { requireSite } from '../../../lib/ical/response';
import { absoluteUrl, hubFeedPath, webcalUrl } from '../../../lib/ical/urls';

/** /hubs/<slug>/calendar-qr.svg: the QR code a phone scans to subscribe to the hub's feed. */
export const getStaticPaths = (() =>
  currentSite({ cache: import.meta.env.PROD }).hubs.map((view) => ({
    params: { slug: view.hub.slug },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  fileResponse(
    await qrCodeSvg(webcalUrl(absoluteUrl(hubFeedPath(params.slug ?? ''), requireSite(site)))),
    'image/svg+xml',
  );
