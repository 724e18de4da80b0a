import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadSite } from '../../../../collections/site';
import { localePath, type Translation } from '../../../../lib/i18n/locales';
import { fileResponse } from '../../../../lib/outputs/fileResponse';
import { subscribeQrCode } from '../../../../lib/outputs/ical/qr';
import { requireSite } from '../../../../lib/outputs/ical/response';
import { subscribeSectionPath } from '../../../../lib/outputs/ical/urls';
import { qrImageKey } from '../../../../lib/site/cacheKeys';
import { hubPath } from '../../../../lib/site/hubFacts';
import type { SiteHub } from '../../../../lib/site/site';
import { translatedHubPaths } from '../../../../lib/site/staticPaths';

/** Where the code leads: the subscribe section of the hub page in the same language. */
const target = (view: SiteHub, locale: Translation) => subscribeSectionPath(localePath(hubPath(view.hub), locale));

/** /en/hubs/<slug>/calendar-qr.svg and /easy/…: the QR code on a translated hub page. */
export const getStaticPaths = (async () =>
  translatedHubPaths(await loadSite(), (view, locale) => qrImageKey(target(view, locale)))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props, site }) =>
  fileResponse(await subscribeQrCode(target(props.view, props.locale), requireSite(site)), 'image/svg+xml');
