import type { Hub } from '../schema/hub';
import type { ProgramPage } from '../schema/page';
import type { Settings } from '../schema/settings';
import { type MonthGrid, monthGrid } from './calendarGrid';
import type { Entry, SiteContent } from './content/load';
import { type ContentWarning, contentWarnings } from './contentRules';
import { scheduleSummaryJa } from './japaneseText';
import { renderMarkdown } from './markdown';
import { type OpeningStatus, openingStatus } from './openingStatus';
import { type DateRange, type DayStatus, dayClassifier, type OpenDay, type YearEndPeriod, yearEndOf } from './schedule';
import { addMonths, datesBetween, firstDayOf, lastDayOf, monthOf, tokyoDateOf } from './tokyoCalendar';

/** Everything a page, feed or data file needs about one hub, computed once per build. */
export interface HubView {
  file: string;
  hub: Hub;
  bodyHtml: string;
  yearEnd: YearEndPeriod;
  summary: string;
  /** Open days over the feed window: the single answer page, feed and data all use. */
  openDays: OpenDay[];
  /** This month and next month, for the calendars on the page. */
  calendars: MonthGrid[];
  status: OpeningStatus;
  /** True when the hub opens on announced days and none are known from today on. */
  awaitingDays: boolean;
}

export interface PageView {
  file: string;
  page: ProgramPage;
  bodyHtml: string;
}

export interface Site {
  settings: Settings;
  hubs: HubView[];
  pages: PageView[];
  warnings: ContentWarning[];
  now: Date;
  today: string;
  window: DateRange;
}

/** From the first day of last month to the last day of the month a year ahead. */
export function feedWindow(now: Date): DateRange {
  const month = monthOf(tokyoDateOf(now));
  return { from: firstDayOf(addMonths(month, -1)), to: lastDayOf(addMonths(month, 12)) };
}

function hubView(entry: Entry<Hub>, content: SiteContent, window: DateRange, now: Date): HubView {
  const hub = entry.data;
  const yearEnd = yearEndOf(hub.schedule, {
    from: content.settings.data.yearEndFrom,
    to: content.settings.data.yearEndTo,
  });
  const months = content.months.filter((month) => month.data.hub === hub.slug).map((month) => month.data);
  const classify = dayClassifier({ schedule: hub.schedule, months, yearEnd });
  const statuses: DayStatus[] = datesBetween(window.from, window.to).map(classify);
  const openDays = statuses.filter((status) => status.open).map(({ open: _open, ...day }) => day);
  const today = tokyoDateOf(now);
  const thisMonth = monthOf(today);
  return {
    file: entry.file,
    hub,
    bodyHtml: renderMarkdown(entry.body),
    yearEnd,
    summary: scheduleSummaryJa(hub.schedule, yearEnd),
    openDays,
    calendars: [thisMonth, addMonths(thisMonth, 1)].map((month) => monthGrid(month, classify)),
    status: openingStatus(openDays, now),
    awaitingDays: hub.schedule.kind === 'irregular' && !openDays.some((day) => day.date >= today),
  };
}

export function buildSite(content: SiteContent, now: Date): Site {
  const window = feedWindow(now);
  const hubs = content.hubs
    .map((entry) => hubView(entry, content, window, now))
    .sort((a, b) => a.hub.nameKana.localeCompare(b.hub.nameKana, 'ja'));
  const pages = content.pages
    .map((entry) => ({ file: entry.file, page: entry.data, bodyHtml: renderMarkdown(entry.body) }))
    .sort((a, b) => a.page.order - b.page.order);
  return {
    settings: content.settings.data,
    hubs,
    pages,
    warnings: contentWarnings(content.hubs, content.months),
    now,
    today: tokyoDateOf(now),
    window,
  };
}
