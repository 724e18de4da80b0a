import { rubyTextContent } from '../i18n/ruby';
import { decodeOpenDays } from '../schedule/openDaysData';
import { tokyoDateOf } from '../schedule/tokyoCalendar';
import { rubyNodes, wordsOf } from './statusRefresh';

/**
 * Runs in the reader's browser on the home page: the "open today" list and the week table
 * follow the reader's day in Tokyo, not the day the page was built. Each hub's status text
 * itself is kept true by statusRefresh.ts.
 */
export function refreshOpenToday(section: HTMLElement, now: Date): void {
  const today = tokyoDateOf(now);
  const words = wordsOf(section);
  let shown = 0;
  for (const item of section.querySelectorAll<HTMLLIElement>('li')) {
    const data = decodeOpenDays(item.querySelector<HTMLElement>('[data-opening-status]')?.dataset.openDays);
    const hours = item.querySelector<HTMLElement>('[data-today-hours]');
    if (!data || !hours) continue;
    // Past the days the page carries nobody knows who is open: every hub stays listed, and
    // its status says the page may be out of date.
    const day = today > data.until ? undefined : data.days.find((candidate) => candidate.date === today);
    item.hidden = today <= data.until && !day;
    const text = day ? words.status.todayHours(words.hours(day.opens, day.closes)) : '';
    if (hours.textContent !== rubyTextContent(text)) hours.replaceChildren(...rubyNodes(text));
    if (!item.hidden) shown += 1;
  }
  const none = section.querySelector<HTMLElement>('[data-none-open]');
  if (none) none.hidden = shown > 0;
  const date = section.querySelector<HTMLElement>('[data-today-date]');
  const day = words.day(today);
  if (date && date.textContent !== rubyTextContent(day)) date.replaceChildren(...rubyNodes(day));
}

/** Hides the week table's days that are already over for the reader (a page built days ago). */
export function hidePastDays(table: HTMLTableElement, now: Date): void {
  const today = tokyoDateOf(now);
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-date]')];
  headers.forEach((header, index) => {
    const past = (header.dataset.date ?? '') < today;
    header.hidden = past;
    for (const row of table.tBodies[0]?.rows ?? []) {
      // The first cell of a row is the hub's name.
      const cell = row.cells[index + 1];
      if (cell) cell.hidden = past;
    }
  });
}

export function refreshOverview(root: ParentNode = document): void {
  const now = new Date();
  for (const section of root.querySelectorAll<HTMLElement>('[data-open-today]')) refreshOpenToday(section, now);
  for (const table of root.querySelectorAll<HTMLTableElement>('table.week-table')) hidePastDays(table, now);
}
