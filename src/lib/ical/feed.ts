import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { type ICalCalendar } from 'ical-generator';
import type { Settings } from '../../schema/settings';
import { fullAddress, hubPath } from '../hubFacts';
import { hoursJa } from '../japaneseText';
import type { OpenDay } from '../schedule';
import type { HubView } from '../site';
import { instantAt } from '../tokyoCalendar';
import { ALL_HUBS_FEED_PATH, absoluteUrl, hubFeedPath } from './urls';

/**
 * iCalendar feeds of hubs' open days, one event per open day (no RRULE + EXDATE: clients
 * disagree on exceptions). Times are written as UTC instants built from Tokyo wall-clock
 * times, so the output never depends on the build machine's zone; the Asia/Tokyo VTIMEZONE
 * is always included, which also keeps a feed with no events a valid calendar (RFC 5545
 * wants at least one component).
 */

export const FEED_TIMEZONE = 'Asia/Tokyo';
/** Clients are asked to refresh twice a day; the site itself is rebuilt daily. */
export const FEED_TTL_SECONDS = 12 * 60 * 60;
/** ical-generator writes it after 'PRODID:-'. */
export const PRODUCT_ID = '//Nishinomiya City//Kyosei Hubs//JA';

type FeedSettings = Pick<Settings, 'municipality' | 'prefecture' | 'siteTitle'>;

/** The stable identity of one hub's opening on one day: `<slug>-<yyyymmdd>@<host>`. */
export function eventUid(slug: string, date: string, baseUrl: string | URL): string {
  return `${slug}-${date.replaceAll('-', '')}@${new URL(baseUrl).hostname}`;
}

export function eventSummary(view: HubView, day: OpenDay): string {
  return `${view.hub.name} ${day.special ? '特別開所' : '開所'}`;
}

export function eventLocation(view: HubView, settings: FeedSettings): string {
  return `${settings.prefecture}${fullAddress(view.hub, settings.municipality)}`;
}

export function eventDescription(view: HubView, day: OpenDay, baseUrl: string | URL): string {
  const lines = [`開所時間: ${hoursJa(day.opens, day.closes)}`];
  if (day.special) lines.push(`特別開所${day.note ? `: ${day.note}` : ''}`);
  else if (day.note) lines.push(`お知らせ: ${day.note}`);
  lines.push(`電話: ${view.hub.phone}`, `くわしくは: ${absoluteUrl(hubPath(view.hub), baseUrl)}`);
  return lines.join('\n');
}

function addOpenDays(calendar: ICalCalendar, view: HubView, settings: FeedSettings, baseUrl: string | URL): void {
  const location = eventLocation(view, settings);
  const url = absoluteUrl(hubPath(view.hub), baseUrl);
  for (const day of view.openDays) {
    calendar.createEvent({
      id: eventUid(view.hub.slug, day.date, baseUrl),
      // The content's own change time, never the clock: same content, same bytes.
      stamp: view.changed,
      start: instantAt(day.date, day.opens),
      end: instantAt(day.date, day.closes),
      summary: eventSummary(view, day),
      location,
      description: eventDescription(view, day, baseUrl),
      url,
    });
  }
}

/** Escapes a TEXT value (RFC 5545 3.3.11); ical-generator writes X-WR-CALDESC verbatim. */
function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r?\n/g, '\\n');
}

function newCalendar(options: { name: string; description: string; url: string; source: string }): ICalCalendar {
  return ical({
    prodId: PRODUCT_ID,
    name: options.name,
    description: escapeText(options.description),
    url: options.url,
    source: options.source,
    ttl: FEED_TTL_SECONDS,
    // No calendar-level zone: it would strip the Z from DTSTAMP. No METHOD: strict parsers then demand ORGANIZER.
    timezone: null,
  });
}

/** ical-generator's text plus the Asia/Tokyo VTIMEZONE and the final CRLF RFC 5545 wants. */
function serialise(calendar: ICalCalendar): string {
  const vtimezone = getVtimezoneComponent(FEED_TIMEZONE);
  if (!vtimezone) throw new Error(`VTIMEZONE for ${FEED_TIMEZONE} is missing from @touch4it/ical-timezones`);
  const component = `${vtimezone.trim().split(/\r?\n/).join('\r\n')}\r\n`;
  const text = calendar.toString();
  const at = text.search(/BEGIN:VEVENT\r\n|END:VCALENDAR$/);
  return `${text.slice(0, at)}${component}${text.slice(at)}\r\n`;
}

/** One hub's open days over the feed window. */
export function hubFeed(view: HubView, settings: FeedSettings, baseUrl: string | URL): string {
  const calendar = newCalendar({
    name: `${view.hub.name} 開所日`,
    description: `${settings.municipality}の共生型地域交流拠点「${view.hub.name}」の開所日です。${view.summary}。電話 ${view.hub.phone}。`,
    url: absoluteUrl(hubPath(view.hub), baseUrl),
    source: absoluteUrl(hubFeedPath(view.hub.slug), baseUrl),
  });
  addOpenDays(calendar, view, settings, baseUrl);
  return serialise(calendar);
}

/** Every hub's open days in one calendar, hub by hub in the site's order. */
export function allHubsFeed(views: readonly HubView[], settings: FeedSettings, baseUrl: string | URL): string {
  const calendar = newCalendar({
    name: `${settings.municipality} 共生型地域交流拠点 開所日`,
    description: `${settings.municipality}の共生型地域交流拠点${views.length}か所の開所日です。`,
    url: absoluteUrl('/hubs/', baseUrl),
    source: absoluteUrl(ALL_HUBS_FEED_PATH, baseUrl),
  });
  for (const view of views) addOpenDays(calendar, view, settings, baseUrl);
  return serialise(calendar);
}
