/** Where feeds live and how calendar apps are pointed at them. Stable: residents subscribe once. */

export const ALL_HUBS_FEED_PATH = '/hubs/all.ics';

/**
 * One calendar of every hub suits a city (9 hubs: ~1 MB); at a prefecture's scale it would be
 * hundreds of megabytes that no calendar app accepts, so above this many hubs only per-hub feeds exist.
 */
export const ALL_HUBS_FEED_MAX_HUBS = 100;

export function offersAllHubsFeed(hubCount: number): boolean {
  return hubCount <= ALL_HUBS_FEED_MAX_HUBS;
}
export const CALENDAR_HELP_PATH = '/calendar-help/';

/** The heading of a hub page's subscribe section: where its QR code leads. */
export const SUBSCRIBE_HEADING_ID = 'subscribe-heading';
export const ALL_HUBS_SUBSCRIBE_HEADING_ID = 'all-hubs-heading';

/**
 * Where a QR code leads: the https page section that offers each way in (iPhone, Android, PC).
 * Android opens no `webcal:` link, so a code must never carry the feed itself.
 */
export function subscribeSectionPath(pagePath: string): string {
  return `${pagePath}#${SUBSCRIBE_HEADING_ID}`;
}
export const ALL_HUBS_SUBSCRIBE_PATH = `${CALENDAR_HELP_PATH}#${ALL_HUBS_SUBSCRIBE_HEADING_ID}`;

export function hubFeedPath(slug: string): string {
  return `/hubs/${slug}/calendar.ics`;
}

/** The QR code image that opens a feed on a phone: next to the feed, `<name>-qr.svg`. */
export function qrImagePath(feedPath: string): string {
  return feedPath.replace(/\.ics$/, '-qr.svg');
}

export function absoluteUrl(path: string, baseUrl: string | URL): string {
  return new URL(path, baseUrl).href;
}

/** Apple Calendar and most phones subscribe from webcal://; it is the https URL with another scheme. */
export function webcalUrl(feedUrl: string): string {
  return feedUrl.replace(/^https?:\/\//, 'webcal://');
}

/** Google Calendar's "add by URL" page, which takes the webcal:// form. */
export function googleCalendarUrl(feedUrl: string): string {
  return `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcalUrl(feedUrl))}`;
}
