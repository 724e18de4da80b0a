import { isTranslation, type Locale } from '../i18n/locales';
import { keptWhole, rubySegments, rubyTextContent } from '../i18n/ruby';
import { scheduleWords } from '../i18n/scheduleWords';
import type { ScheduleWords } from '../i18n/words';
import { decodeOpenDays } from '../schedule/openDaysData';
import { openingStatus } from '../schedule/openingStatus';
import { tokyoDateOf } from '../schedule/tokyoCalendar';
import { telHref } from './tel';

/** The page's language, as the layout marks it on <html data-locale>. */
export function wordsOf(node: Node): ScheduleWords {
  const locale = (node.ownerDocument ?? document).documentElement.dataset.locale;
  return scheduleWords(isTranslation(locale) ? locale : ('ja' satisfies Locale));
}

/** Text with its ふりがな (`{漢字|かんじ}`, やさしい日本語) as nodes: <ruby> with the reading hidden from screen readers. */
export function rubyNodes(text: string): (string | Node)[] {
  return rubySegments(text).map((segment) => {
    if (typeof segment === 'string') return segment;
    const ruby = document.createElement('ruby');
    if (!keptWhole(segment.base)) ruby.className = 'wraps';
    const reading = document.createElement('rt');
    reading.setAttribute('aria-hidden', 'true');
    reading.textContent = segment.reading;
    ruby.append(segment.base, reading);
    return ruby;
  });
}

/**
 * Runs in the reader's browser: rewrites the build-time "open now?" text from the open days
 * the page carries, in Asia/Tokyo whatever the browser's zone. Without JavaScript the
 * build-time text stays. Past the days the page knows (a stale or cached copy), it never
 * guesses: it says the page may be out of date and offers the hub's phone number.
 */
export function refreshOpeningStatus(element: HTMLElement, now: Date): void {
  const data = decodeOpenDays(element.dataset.openDays);
  if (!data) return;
  const words = wordsOf(element);
  if (tokyoDateOf(now) > data.until) {
    showOutOfDate(element, element.dataset.phone, words);
    return;
  }
  const status = openingStatus(data.days, now, {
    words,
    unconfirmed: data.unconfirmed,
    ...(element.dataset.noneKnown ? { noneKnown: element.dataset.noneKnown } : {}),
  });
  if (element.textContent !== rubyTextContent(status.text)) element.replaceChildren(...rubyNodes(status.text));
  element.classList.toggle('is-open', status.open);
  element.classList.toggle('is-closed', !status.open);
}

function showOutOfDate(element: HTMLElement, phone: string | undefined, words: ScheduleWords): void {
  if (element.dataset.outOfDate === '') return;
  const japanese = words.locale !== 'en';
  const parts: (string | Node)[] = rubyNodes(words.status.outOfDate);
  if (phone) {
    const link = document.createElement('a');
    link.href = telHref(phone);
    link.textContent = phone;
    parts.push(japanese ? '(' : ' (', ...rubyNodes(words.status.phone), ' ', link, ')');
  }
  parts.push(japanese ? '。' : '.');
  element.replaceChildren(...parts);
  element.dataset.outOfDate = '';
  element.classList.remove('is-open');
  element.classList.add('is-closed');
}

/**
 * Moves each month calendar's 今日 marker to the reader's day in Tokyo (or removes it when
 * that day is not on the page), so a page built days ago does not point at a past day.
 */
export function markToday(root: ParentNode, now: Date): void {
  const today = tokyoDateOf(now);
  const words = wordsOf(root as Node);
  for (const table of root.querySelectorAll<HTMLTableElement>('table.month-calendar[data-month]')) {
    const inThisMonth = today.startsWith(`${table.dataset.month}-`);
    for (const cell of table.querySelectorAll<HTMLTableCellElement>('td.day')) {
      const day = Number(cell.querySelector('.date')?.textContent);
      const isToday = inThisMonth && day === Number(today.slice(8));
      const marker = cell.querySelector('.today');
      if (isToday && !marker) {
        cell.setAttribute('aria-current', 'date');
        const label = document.createElement('span');
        label.className = 'today';
        label.append(...rubyNodes(words.cell.today));
        cell.append(label);
      } else if (!isToday && marker) {
        cell.removeAttribute('aria-current');
        marker.remove();
      }
    }
  }
}

export function refreshAllOpeningStatuses(root: ParentNode = document): void {
  const now = new Date();
  for (const element of root.querySelectorAll<HTMLElement>('[data-opening-status][data-open-days]')) {
    refreshOpeningStatus(element, now);
  }
  markToday(root, now);
}
