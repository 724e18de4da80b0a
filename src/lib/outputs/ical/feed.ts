import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, {
  escape as escapeText,
  type ICalCalendar,
  type ICalEventData,
  ICalEventTransparency,
} from 'ical-generator';
import type { ClockTime, PlainDate } from '../../../schema/primitives';
import type { Settings } from '../../../schema/settings';
import { FEED_JA, type FeedWords } from '../../i18n/feedWords';
import { localePath } from '../../i18n/locales';
import { dayJa } from '../../schedule/japaneseText';
import { addDays, addMonths, instantAt, lastDayOf, monthOf } from '../../schedule/tokyoCalendar';
import type { DateRange, OpenDay } from '../../schedule/types';
import { feedIdentity, fullAddress, hubPath } from '../../site/hubFacts';
import type { SiteHub } from '../../site/site';
import { ALL_HUBS_FEED_PATH, absoluteUrl, hubFeedPath } from './urls';

/**
 * iCalendar feeds of hubs' open days, written by ical-generator, one event per open day (no
 * RRULE + EXDATE: clients disagree on exceptions). Times are given to it as UTC instants built
 * from Tokyo wall-clock times, with no timezone anywhere: it then writes `…Z` from the instant
 * alone, so the output never depends on the build machine's zone (a plain Date with a timezone
 * set would be read in the machine's zone, and a calendar-level zone name would strip the Z
 * from DTSTAMP). The Asia/Tokyo VTIMEZONE is always included, which also keeps a feed with no
 * events a valid calendar (RFC 5545 wants at least one component).
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

function eventSummary(view: SiteHub, special: boolean, words: FeedWords): string {
  return `${view.hub.name} ${special ? words.special : words.open}`;
}

function eventDescription(day: OpenDay, phone: string, pageUrl: string, words: FeedWords): string {
  const lines = [`${words.hours}: ${words.schedule.hours(day.opens, day.closes)}`];
  if (day.special)
    lines.push(`${words.special.replace(/^./, (first) => first.toUpperCase())}${day.note ? `: ${day.note}` : ''}`);
  else if (day.note) lines.push(`${words.notice}: ${day.note}`);
  lines.push(`${words.phone}: ${phone}`, `${words.more}: ${pageUrl}`);
  return lines.join('\n');
}

const instants = new Map<PlainDate, Map<ClockTime, Date>>();

/**
 * The instant of a Tokyo wall-clock time. Feeds ask for the same few hundred dates and hours
 * again and again: each is worked out once, and events share the Date (ical-generator only
 * reads it).
 */
function tokyoInstant(date: PlainDate, time: ClockTime): Date {
  let byTime = instants.get(date);
  if (byTime === undefined) {
    if (instants.size > 10_000) instants.clear();
    byTime = new Map();
    instants.set(date, byTime);
  }
  let instant = byTime.get(time);
  if (instant === undefined) {
    instant = instantAt(date, time);
    byTime.set(time, instant);
  }
  return instant;
}

/**
 * One event per open day (the hub's whole window unless `days` says otherwise), ready for
 * `calendar.events()`, in Japanese unless `words` says otherwise; the UID is the same in every
 * language. Exported for the benchmark's bare ical-generator run (scripts/bench).
 */
export function openDayEvents(
  view: SiteHub,
  settings: FeedSettings,
  baseUrl: string | URL,
  days: readonly OpenDay[] = view.openDays,
  words: FeedWords = FEED_JA,
): ICalEventData[] {
  const host = new URL(baseUrl).hostname;
  const pageUrl = absoluteUrl(localePath(hubPath(view.hub), words.locale), baseUrl);
  const location = `${settings.prefecture}${fullAddress(view.hub, settings.municipality)}`;
  const summary = eventSummary(view, false, words);
  // The content's own change time, never the clock: same content, same bytes.
  const stamp = view.changed;
  // Most of a hub's days are ordinary days at one of a few hours: their description is built
  // once per hours (the same string each time, so ical-generator escapes a flat string).
  const ordinary = new Map<ClockTime, Map<ClockTime, string>>();
  const describe = (day: OpenDay): string => {
    if (day.special || day.note) return eventDescription(day, view.hub.phone, pageUrl, words);
    let byCloses = ordinary.get(day.opens);
    if (byCloses === undefined) {
      byCloses = new Map();
      ordinary.set(day.opens, byCloses);
    }
    let description = byCloses.get(day.closes);
    if (description === undefined) {
      description = eventDescription(day, view.hub.phone, pageUrl, words);
      byCloses.set(day.closes, description);
    }
    return description;
  };
  return days.map((day) => ({
    id: eventUid(feedIdentity(view.hub), day.date, host),
    stamp,
    start: tokyoInstant(day.date, day.opens),
    end: tokyoInstant(day.date, day.closes),
    summary: day.special ? eventSummary(view, true, words) : summary,
    location,
    description: describe(day),
    url: pageUrl,
    // A hub being open must never mark the reader as busy.
    transparency: ICalEventTransparency.TRANSPARENT,
  }));
}

let tokyoTimezone: string | undefined;

/** The Asia/Tokyo VTIMEZONE from @touch4it/ical-timezones as CRLF content lines, read once. */
function tokyoVtimezone(): string {
  if (tokyoTimezone === undefined) {
    const vtimezone = getVtimezoneComponent(FEED_TIMEZONE);
    if (!vtimezone) throw new Error(`VTIMEZONE for ${FEED_TIMEZONE} is missing from @touch4it/ical-timezones`);
    tokyoTimezone = `${vtimezone.trim().split(/\r?\n/).join('\r\n')}\r\n`;
  }
  return tokyoTimezone;
}

/**
 * A calendar with no calendar-level zone (times are UTC) and no METHOD (strict parsers then
 * demand ORGANIZER). ical-generator writes NAME, X-WR-CALNAME and X-WR-CALDESC verbatim, so
 * they are escaped here with its own TEXT escaping.
 */
function newCalendar(options: { name: string; description: string; url: string; source: string }): ICalCalendar {
  return ical({
    // ical-generator writes 'PRODID:-' + prodId.
    prodId: PRODUCT_ID.slice(1),
    name: escapeText(options.name, false),
    description: escapeText(options.description, false),
    url: options.url,
    source: options.source,
    ttl: FEED_TTL_HOURS * 60 * 60,
    timezone: null,
  });
}

/** The last calendar property ical-generator writes before the events; CRLF before it: not a folded piece. */
const TTL_LINE = `\r\nX-PUBLISHED-TTL:PT${FEED_TTL_HOURS}H\r\n`;

/**
 * ical-generator's text with the Asia/Tokyo VTIMEZONE after the calendar properties (it only
 * writes one for zones its events use, and ours use none) and the final CRLF RFC 5545 wants.
 */
function serialise(calendar: ICalCalendar): string {
  const text = calendar.toString();
  const ttl = text.indexOf(TTL_LINE);
  if (ttl < 0) throw new Error('ical-generator wrote no X-PUBLISHED-TTL line');
  const at = ttl + TTL_LINE.length;
  return `${text.slice(0, at)}${tokyoVtimezone()}${text.slice(at)}\r\n`;
}

/** One hub's open days over the feed window, in Japanese or (for the English page) in English. */
export function hubFeed(
  view: SiteHub,
  settings: FeedSettings,
  baseUrl: string | URL,
  words: FeedWords = FEED_JA,
): string {
  const summary = words.locale === 'ja' ? view.summary : words.schedule.summary(view.hub.schedule, view.yearEnd);
  const calendar = newCalendar({
    name: words.calendarName(view.hub.name),
    description: words.calendarDescription(settings.municipality, view.hub.name, summary, view.hub.phone),
    url: absoluteUrl(localePath(hubPath(view.hub), words.locale), baseUrl),
    source: absoluteUrl(localePath(hubFeedPath(view.hub.slug), words.locale), baseUrl),
  });
  calendar.events(openDayEvents(view, settings, baseUrl, view.openDays, words));
  return serialise(calendar);
}

/**
 * What Google Calendar is reported to keep of a subscribed feed: it silently drops the rest
 * beyond about 1,000 events or 1 MB. Every feed stays inside, with a margin.
 */
export const SUBSCRIPTION_LIMITS = { events: 950, bytes: 950_000 } as const;

export interface AllHubsFeed {
  text: string;
  /** The days the combined feed covers, from today: shorter than a hub's feed, to stay inside the limits. */
  window: DateRange;
  events: number;
}

/** The windows tried for the combined feed, longest first: whole months ahead, then weeks. */
function combinedWindows(today: PlainDate): DateRange[] {
  const thisMonth = monthOf(today);
  const months = Array.from({ length: 12 }, (_, index) => lastDayOf(addMonths(thisMonth, 11 - index)));
  const weeks = [28, 21, 14, 7].map((days) => addDays(today, days - 1));
  return [...months, ...weeks].map((to) => ({ from: today, to }));
}

const utf8 = new TextEncoder();
const combinedFeeds = new WeakMap<readonly SiteHub[], Map<string, AllHubsFeed | null>>();

/**
 * Every hub's open days in one calendar, hub by hub in the site's order, over the longest
 * window from today that keeps it inside SUBSCRIPTION_LIMITS; null when not even a week fits.
 * Worked out once per site model and base URL: the feed and the pages that describe it share it.
 */
export function allHubsFeed(
  views: readonly SiteHub[],
  settings: FeedSettings,
  baseUrl: string | URL,
  today: PlainDate,
): AllHubsFeed | null {
  const key = `${String(baseUrl)} ${today}`;
  let byKey = combinedFeeds.get(views);
  if (byKey === undefined) {
    byKey = new Map();
    combinedFeeds.set(views, byKey);
  }
  const known = byKey.get(key);
  if (known !== undefined) return known;
  let chosen: AllHubsFeed | null = null;
  for (const window of combinedWindows(today)) {
    const inside = views.map((view) => view.openDays.filter((day) => day.date >= window.from && day.date <= window.to));
    const count = inside.reduce((sum, days) => sum + days.length, 0);
    if (count >= SUBSCRIPTION_LIMITS.events) continue;
    const calendar = newCalendar({
      name: `${settings.municipality} 共生型地域交流拠点 開所日`,
      description: `${settings.municipality}の共生型地域交流拠点${views.length}か所の開所日です。`,
      url: absoluteUrl('/hubs/', baseUrl),
      source: absoluteUrl(ALL_HUBS_FEED_PATH, baseUrl),
    });
    calendar.events(views.flatMap((view, index) => openDayEvents(view, settings, baseUrl, inside[index])));
    const text = serialise(calendar);
    if (utf8.encode(text).length >= SUBSCRIPTION_LIMITS.bytes) continue;
    chosen = { text, window, events: count };
    break;
  }
  byKey.set(key, chosen);
  return chosen;
}

/** What a subscriber of the combined feed gets, for the pages that offer it. */
export function allHubsFeedCoverageJa(window: DateRange): string {
  const day = (date: PlainDate) => `${date.slice(0, 4)}年${dayJa(date)}`;
  return `まとめたカレンダーには、${day(window.from)}から${day(window.to)}までの開所日が入ります。Google カレンダーなどが一度に受け取れる件数に収めるためです。サイトは毎日更新され、その先の開所日も順に加わります。1年先までの開所日は、拠点ごとのカレンダーで登録できます。`;
}
