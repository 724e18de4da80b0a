import type { Settings } from '../../schema/settings';
import { WEEKDAY_EN, WEEKDAYS, type Weekday } from '../../schema/weekdays';
import { type Locale, localePath } from '../i18n/locales';
import { pageWords } from '../i18n/pageWords';
import { withoutRuby } from '../i18n/ruby';
import { usualHours } from '../schedule/engine';
import { datesBetween, firstDayOf, lastDayOf, weekdayOf } from '../schedule/tokyoCalendar';
import type { ClosedDay, DateRange, OpenDay } from '../schedule/types';
import { hubPath } from '../site/hubFacts';
import type { SiteHub } from '../site/site';

/**
 * schema.org data for one hub page, for search engines and other machines.
 * Closed days are stated as specialOpeningHoursSpecification entries with opens = closes = 00:00,
 * the schema.org convention for "closed all day": there is no dedicated holiday-closure field.
 * Which days are open or closed, and why, is the schedule engine's answer (SiteHub.openDays and
 * closedDays, the same classifier the page's calendars use); nothing here decides it again.
 */

const dayUri = (day: Weekday) => `https://schema.org/${WEEKDAY_EN[day]}`;

export interface OpeningHoursSpecification {
  '@type': 'OpeningHoursSpecification';
  dayOfWeek?: string[];
  opens: string;
  closes: string;
  validFrom?: string;
  validThrough?: string;
  name?: string;
}

export interface CivicStructureJsonLd {
  '@context': 'https://schema.org';
  '@type': 'CivicStructure';
  '@id': string;
  name: string;
  url: string;
  description: string;
  telephone: string;
  address: {
    '@type': 'PostalAddress';
    addressCountry: 'JP';
    addressRegion: string;
    addressLocality: string;
    streetAddress: string;
  };
  geo?: { '@type': 'GeoCoordinates'; latitude: number; longitude: number };
  openingHoursSpecification: OpeningHoursSpecification[];
  specialOpeningHoursSpecification: OpeningHoursSpecification[];
}

/** The usual week, one entry per distinct pair of hours (per-weekday exceptions get their own). */
function weeklyHours(view: SiteHub): OpeningHoursSpecification[] {
  const { schedule } = view.hub;
  if (schedule.kind !== 'weekly') return [];
  const byHours = new Map<string, Weekday[]>();
  for (const weekday of WEEKDAYS.filter((day) => schedule.weekdays.includes(day))) {
    const exception = schedule.hoursByWeekday.find((hours) => hours.weekday === weekday);
    const key = exception ? `${exception.opens}-${exception.closes}` : `${schedule.opens}-${schedule.closes}`;
    byHours.set(key, [...(byHours.get(key) ?? []), weekday]);
  }
  return [...byHours].map(([key, weekdays]) => {
    const [opens, closes] = key.split('-') as [string, string];
    return { '@type': 'OpeningHoursSpecification', dayOfWeek: weekdays.map(dayUri), opens, closes };
  });
}

/** Why the engine closed a day of the usual week, in the words the calendar uses. */
function closedDayName(day: ClosedDay): string | undefined {
  switch (day.reason) {
    case 'yearEnd':
      return '年末年始のため休み';
    case 'holiday':
      return day.label ? `祝日(${day.label})のため休み` : '祝日のため休み';
    case 'closure':
      return day.label ? `臨時休業(${day.label})` : '臨時休業';
    default:
      return undefined;
  }
}

/** One day's exception to the usual week, or undefined when the weekly pattern already says it. */
function exceptionOn(
  view: SiteHub,
  date: string,
  open: ReadonlyMap<string, OpenDay>,
  closed: ReadonlyMap<string, ClosedDay>,
): OpeningHoursSpecification | undefined {
  const { schedule } = view.hub;
  const day = open.get(date);
  const usualDay = schedule.kind === 'weekly' && schedule.weekdays.includes(weekdayOf(date));
  if (day) {
    const usual = usualHours(schedule, date);
    const differs = !usualDay || day.special || day.opens !== usual.opens || day.closes !== usual.closes;
    if (!differs) return undefined;
    const name = day.special ? '特別開所' : schedule.kind === 'irregular' ? '運営日' : '開所時間の変更';
    const spec = { opens: day.opens, closes: day.closes, name: day.note ? `${name}(${day.note})` : name };
    return { '@type': 'OpeningHoursSpecification', ...spec, validFrom: date, validThrough: date };
  }
  const closedDay = closed.get(date);
  const name = usualDay && closedDay ? closedDayName(closedDay) : undefined;
  if (name === undefined) return undefined;
  return {
    '@type': 'OpeningHoursSpecification',
    opens: '00:00',
    closes: '00:00',
    validFrom: date,
    validThrough: date,
    name,
  };
}

const sameExcept = (a: OpeningHoursSpecification, b: OpeningHoursSpecification) =>
  a.opens === b.opens && a.closes === b.closes && a.name === b.name;

/**
 * Dated exceptions for the months the page shows (this month and next), so the data says what the
 * reader sees; the site is rebuilt daily, so it always reaches at least a month ahead. Consecutive
 * days with the same exception (the year end, a week's closure) are one range; a range that starts
 * on the page runs to its end even past the last month shown.
 */
function specialHours(view: SiteHub, window: DateRange): OpeningHoursSpecification[] {
  const first = view.calendars[0];
  const last = view.calendars.at(-1);
  if (!first || !last) return [];
  const open = new Map(view.openDays.map((day) => [day.date, day]));
  const closed = new Map(view.closedDays.map((day) => [day.date, day]));
  const lastShown = lastDayOf(last.month);
  const entries: OpeningHoursSpecification[] = [];
  let previous = '';
  for (const date of datesBetween(firstDayOf(first.month), window.to)) {
    const entry = exceptionOn(view, date, open, closed);
    const run = entries.at(-1);
    if (entry && run && run.validThrough === previous && sameExcept(run, entry)) run.validThrough = date;
    else if (date > lastShown) break;
    else if (entry) entries.push(entry);
    previous = date;
  }
  return entries;
}

export function hubJsonLd(
  view: SiteHub,
  settings: Settings,
  site: URL | string,
  window: DateRange,
  /** The page's language, and the schedule in its words (src/lib/site/hubText.ts). */
  locale: Locale = 'ja',
  summary: string = view.summary,
): CivicStructureJsonLd {
  const { hub } = view;
  // One hub, one identity, whichever language's page describes it.
  const id = `${new URL(hubPath(hub), site).href}#hub`;
  const url = new URL(localePath(hubPath(hub), locale), site).href;
  return {
    '@context': 'https://schema.org',
    '@type': 'CivicStructure',
    '@id': id,
    name: hub.name,
    url,
    description: withoutRuby(pageWords(locale).jsonLdDescription(settings.municipality, summary)),
    telephone: hub.phone,
    address: {
      '@type': 'PostalAddress',
      addressCountry: 'JP',
      addressRegion: settings.prefecture,
      addressLocality: settings.municipality,
      streetAddress: [hub.address.street, hub.address.building].filter(Boolean).join(' '),
    },
    ...(hub.coordinates
      ? { geo: { '@type': 'GeoCoordinates', latitude: hub.coordinates.lat, longitude: hub.coordinates.lng } }
      : {}),
    openingHoursSpecification: weeklyHours(view),
    specialOpeningHoursSpecification: specialHours(view, window),
  };
}

/**
 * JSON for a <script type="application/ld+json"> element: '<', '>' and '&' become \u escapes so
 * content can never close the element ('</script>') or open a comment; JSON parsers read them back.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
