import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import type { Settings } from '../../../schema/settings';
import { hoursJa } from '../../schedule/japaneseText';
import type { OpenDay } from '../../schedule/types';
import { fullAddress, hubPath } from '../../site/hubFacts';
import type { SiteHub } from '../../site/site';
import { contentLines, escapeText, foldLine, tokyoToUtc, utcDateTime } from './contentLines';
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
export const FEED_TTL_HOURS = 12;
export const PRODUCT_ID = '-//Nishinomiya City//Kyosei Hubs//JA';

type FeedSettings = Pick<Settings, 'municipality' | 'prefecture' | 'siteTitle'>;

/** The stable identity of one hub's opening on one day: `<slug>-<yyyymmdd>@<host>`. */
export function eventUid(slug: string, date: string, host: string): string {
  return `${slug}-${date.replaceAll('-', '')}@${host}`;
}

function eventSummary(view: SiteHub, day: OpenDay): string {
  return `${view.hub.name} ${day.special ? '特別開所' : '開所'}`;
}

function eventDescription(day: OpenDay, phone: string, pageUrl: string): string {
  const lines = [`開所時間: ${hoursJa(day.opens, day.closes)}`];
  if (day.special) lines.push(`特別開所${day.note ? `: ${day.note}` : ''}`);
  else if (day.note) lines.push(`お知らせ: ${day.note}`);
  lines.push(`電話: ${phone}`, `くわしくは: ${pageUrl}`);
  return lines.join('\n');
}

/** A text property folded once per distinct value: most of a hub's days share their words. */
function foldedText(): (name: string, value: string) => string {
  const folded = new Map<string, string>();
  return (name, value) => {
    const key = `${name}:${value}`;
    let line = folded.get(key);
    if (line === undefined) {
      line = foldLine(`${name}:${escapeText(value)}`);
      folded.set(key, line);
    }
    return line;
  };
}

/** One VEVENT per open day, as folded content lines ending in CRLF. */
function openDayEvents(view: SiteHub, settings: FeedSettings, baseUrl: string | URL): string {
  const host = new URL(baseUrl).hostname;
  const pageUrl = absoluteUrl(hubPath(view.hub), baseUrl);
  const text = foldedText();
  const location = text('LOCATION', `${settings.prefecture}${fullAddress(view.hub, settings.municipality)}`);
  const url = foldLine(`URL;VALUE=URI:${pageUrl}`);
  // The content's own change time, never the clock: same content, same bytes.
  const stamp = utcDateTime(view.changed);
  let events = '';
  for (const day of view.openDays) {
    events +=
      `BEGIN:VEVENT\r\n${foldLine(`UID:${eventUid(view.hub.slug, day.date, host)}`)}\r\nSEQUENCE:0\r\n` +
      `DTSTAMP:${stamp}\r\nDTSTART:${tokyoToUtc(day.date, day.opens)}\r\nDTEND:${tokyoToUtc(day.date, day.closes)}\r\n` +
      `${text('SUMMARY', eventSummary(view, day))}\r\n${location}\r\n` +
      `${text('DESCRIPTION', eventDescription(day, view.hub.phone, pageUrl))}\r\n${url}\r\nEND:VEVENT\r\n`;
  }
  return events;
}

/** The Asia/Tokyo VTIMEZONE, as content lines. */
function tokyoTimezone(): string[] {
  const vtimezone = getVtimezoneComponent(FEED_TIMEZONE);
  if (!vtimezone) throw new Error(`VTIMEZONE for ${FEED_TIMEZONE} is missing from @touch4it/ical-timezones`);
  return vtimezone.trim().split(/\r?\n/);
}

/**
 * A whole calendar. No calendar-level zone (times are UTC) and no METHOD (strict parsers then
 * demand ORGANIZER).
 */
function calendar(options: { name: string; description: string; url: string; source: string }, events: string): string {
  const head = contentLines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    `URL:${options.url}`,
    `SOURCE;VALUE=URI:${options.source}`,
    `NAME:${escapeText(options.name)}`,
    `X-WR-CALNAME:${escapeText(options.name)}`,
    `X-WR-CALDESC:${escapeText(options.description)}`,
    `REFRESH-INTERVAL;VALUE=DURATION:PT${FEED_TTL_HOURS}H`,
    `X-PUBLISHED-TTL:PT${FEED_TTL_HOURS}H`,
    ...tokyoTimezone(),
  ]);
  return `${head}${events}END:VCALENDAR\r\n`;
}

/** One hub's open days over the feed window. */
export function hubFeed(view: SiteHub, settings: FeedSettings, baseUrl: string | URL): string {
  const options = {
    name: `${view.hub.name} 開所日`,
    description: `${settings.municipality}の共生型地域交流拠点「${view.hub.name}」の開所日です。${view.summary}。電話 ${view.hub.phone}。`,
    url: absoluteUrl(hubPath(view.hub), baseUrl),
    source: absoluteUrl(hubFeedPath(view.hub.slug), baseUrl),
  };
  return calendar(options, openDayEvents(view, settings, baseUrl));
}

/** Every hub's open days in one calendar, hub by hub in the site's order. */
export function allHubsFeed(views: readonly SiteHub[], settings: FeedSettings, baseUrl: string | URL): string {
  const options = {
    name: `${settings.municipality} 共生型地域交流拠点 開所日`,
    description: `${settings.municipality}の共生型地域交流拠点${views.length}か所の開所日です。`,
    url: absoluteUrl('/hubs/', baseUrl),
    source: absoluteUrl(ALL_HUBS_FEED_PATH, baseUrl),
  };
  return calendar(options, views.map((view) => openDayEvents(view, settings, baseUrl)).join(''));
}
