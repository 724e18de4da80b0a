import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadSite } from '../../../collections/site';
import { fileResponse } from '../../../lib/outputs/fileResponse';
import { subscribeQrCode } from '../../../lib/outputs/ical/qr';
import { requireSite } from '../../../lib/outputs/ical/response';
import { subscribeSectionPath } from '../../../lib/outputs/ical/urls';
import { hubPath } from '../../../lib/site/hubFacts';
import { hubPaths } from '../../../lib/site/staticPaths';

/** /hubs/<slug>/calendar-qr.svg: the QR code a phone scans to reach the hub page's subscribe section. */
export const getStaticPaths = (async () => hubPaths(await loadSite())) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props, site }) =>
  fileResponse(
    await subscribeQrCode(subscribeSectionPath(hubPath(props.view.hub)), requireSite(site)),
    'image/svg+xml',
  );
