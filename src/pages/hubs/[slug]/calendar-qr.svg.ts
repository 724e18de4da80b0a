import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadSite } from '../../../collections/site';
import { fileResponse } from '../../../lib/outputs/fileResponse';
import { subscribeQrCode } from '../../../lib/outputs/ical/qr';
import { requireSite } from '../../../lib/outputs/ical/response';
import { subscribeSectionPath } from '../../../lib/outputs/ical/urls';
import { qrImageKey } from '../../../lib/site/cacheKeys';
import { hubPath } from '../../../lib/site/hubFacts';
import type { SiteHub } from '../../../lib/site/site';
import { hubPaths } from '../../../lib/site/staticPaths';

/** Where the code leads: the hub page's subscribe section. */
const target = (view: SiteHub) => subscribeSectionPath(hubPath(view.hub));

/** /hubs/<slug>/calendar-qr.svg: the QR code a phone scans to reach the hub page's subscribe section. */
export const getStaticPaths = (async () =>
  hubPaths(await loadSite(), (view) => qrImageKey(target(view)))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props, site }) =>
  fileResponse(await subscribeQrCode(target(props.view), requireSite(site)), 'image/svg+xml');
