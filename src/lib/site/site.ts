import type { OperatingMonth } from '../../schema/calendar';
import type { Hub } from '../../schema/hub';
import type { ProgramPage } from '../../schema/page';
import type { Settings } from '../../schema/settings';
import { changeInstant, latestDate } from '../content/changeTimes';
import { type ContentWarning, contentWarnings } from '../content/programRules';
import type { Entry, SiteContent } from '../content/types';
import { type MonthGrid, monthGrid } from '../schedule/calendarGrid';
import { dayClassifier, isExceptionalClosure, siteYearEnd, unconfirmedDaysOf, yearEndOf } from '../schedule/engine';
import { scheduleSummaryJa } from '../schedule/japaneseText';
import { type OpeningStatus, openingStatus } from '../schedule/openingStatus';
import { addMonths, datesBetween, firstDayOf, lastDayOf, monthOf, tokyoDateOf } from '../schedule/tokyoCalendar';
import type { ClosedDay, DateRange, DayStatus, OpenDay, YearEndPeriod } from '../schedule/types';
import { type DaysDocumentLink, documentLink, statusPointingTo } from './daysDocument';
import { renderMarkdown } from './markdown';

/** Everything a page, feed or data file needs about one hub, computed once per build. */
export interface SiteHub {
  file: string;
  hub: Hub;
  bodyHtml: string;
  yearEnd: YearEndPeriod;
  summary: string;
  /** Open days over the feed window: the single answer page, feed and data all use. */
  openDays: OpenDay[];
  /** Usual days over an unconfirmed year end: neither open nor closed, residents ask the hub. */
  unconfirmedDays: string[];
  /** The 運営日のお知らせ (PDF or image) staff attached to this month's and later calendars. */
  daysDocuments: DaysDocumentLink[];
  /** This month and next month, for the calendars on the page. */
  calendars: MonthGrid[];
  /**
   * The engine's closed days over the feed window that are not simply off the pattern (holiday,
   * yearEnd, closure), for outputs that state exceptions (JSON-LD) past the months shown.
   */
  closedDays: ClosedDay[];
  status: OpeningStatus;
  /** The status when no open day is known, for a hub whose days are in an attached notice. */
  noneKnown: string | undefined;
  /** True when the hub opens on announced days and none are known from today on. */
  awaitingDays: boolean;
  /** The hub's 更新日 as an instant, for the feeds' DTSTAMP (src/lib/content/changeTimes.ts). */
  changed: Date;
}

export interface SitePage {
  file: string;
  page: ProgramPage;
  bodyHtml: string;
}

export interface Site {
  settings: Settings;
  hubs: SiteHub[];
  pages: SitePage[];
  warnings: ContentWarning[];
  now: Date;
  today: string;
  window: DateRange;
}

/** Program pages in the order staff gave them. */
export function programPageOrder(a: Pick<ProgramPage, 'order'>, b: Pick<ProgramPage, 'order'>): number {
  return a.order - b.order;
}

/** From the first day of last month to the last day of the month a year ahead. */
export function feedWindow(now: Date): DateRange {
  const month = monthOf(tokyoDateOf(now));
  return { from: firstDayOf(addMonths(month, -1)), to: lastDayOf(addMonths(month, 12)) };
}

/** One hub's view; also used alone by the CMS preview, which has a single entry in hand. */
export function siteHub(
  entry: Pick<Entry<Hub>, 'file' | 'data' | 'body'>,
  months: readonly Pick<Entry<OperatingMonth>, 'data'>[],
  settings: Settings,
  now: Date,
  options: {
    /** The feed window's dates, when the caller has them already (buildSite shares one list across hubs). */
    windowDates?: readonly string[];
    /** Each attached 運営日のお知らせ's size in bytes, by its path on the site. */
    documentBytes?: ReadonlyMap<string, number>;
  } = {},
): SiteHub {
  const hub = entry.data;
  const window = feedWindow(now);
  const yearEnd = yearEndOf(hub.schedule, siteYearEnd(settings));
  const classify = dayClassifier({ schedule: hub.schedule, months: months.map((month) => month.data), yearEnd });
  const statuses: DayStatus[] = (options.windowDates ?? datesBetween(window.from, window.to)).map(classify);
  const openDays = statuses.filter((status) => status.open).map(({ open: _open, ...day }) => day);
  const unconfirmedDays = unconfirmedDaysOf(statuses);
  const today = tokyoDateOf(now);
  const thisMonth = monthOf(today);
  const daysDocuments = months
    .flatMap(({ data }) =>
      data.daysDocument && data.month >= thisMonth
        ? [documentLink(data.month, data.daysDocument, options.documentBytes?.get(data.daysDocument))]
        : [],
    )
    .sort((a, b) => a.month.localeCompare(b.month));
  const noneKnown = statusPointingTo(daysDocuments);
  return {
    file: entry.file,
    hub,
    bodyHtml: renderMarkdown(entry.body),
    yearEnd,
    summary: scheduleSummaryJa(hub.schedule, yearEnd),
    openDays,
    unconfirmedDays,
    daysDocuments,
    calendars: [thisMonth, addMonths(thisMonth, 1)].map((month) => monthGrid(month, classify)),
    closedDays: statuses.filter(isExceptionalClosure),
    status: openingStatus(openDays, now, { unconfirmed: unconfirmedDays, ...(noneKnown ? { noneKnown } : {}) }),
    noneKnown,
    awaitingDays: hub.schedule.kind === 'irregular' && !openDays.some((day) => day.date >= today),
    changed: changeInstant(latestDate([hub.updated, ...months.map((month) => month.data.updated)]), now),
  };
}

export function buildSite(content: SiteContent, now: Date): Site {
  const window = feedWindow(now);
  const monthsByHub = Map.groupBy(content.months, (month) => month.data.hub);
  const windowDates = datesBetween(window.from, window.to);
  const hubs = content.hubs
    .map((entry) =>
      siteHub(entry, monthsByHub.get(entry.data.slug) ?? [], content.settings.data, now, {
        windowDates,
        ...(content.documentBytes ? { documentBytes: content.documentBytes } : {}),
      }),
    )
    .sort((a, b) => a.hub.nameKana.localeCompare(b.hub.nameKana, 'ja'));
  const pages = content.pages
    .map((entry) => ({
      file: entry.file,
      page: entry.data,
      bodyHtml: renderMarkdown(entry.body),
    }))
    .sort((a, b) => programPageOrder(a.page, b.page));
  return {
    settings: content.settings.data,
    hubs,
    pages,
    warnings: contentWarnings(content.hubs, content.months, siteYearEnd(content.settings.data)),
    now,
    today: tokyoDateOf(now),
    window,
  };
}
