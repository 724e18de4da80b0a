import { decodeOpenDays } from '../schedule/openDaysData';
import { openingStatus } from '../schedule/openingStatus';
import { tokyoDateOf } from '../schedule/tokyoCalendar';
import { telHref } from './tel';

/**
 * Runs in the reader's browser: rewrites the build-time "open now?" text from the open days
 * the page carries, in Asia/Tokyo whatever the browser's zone. Without JavaScript the
 * build-time text stays. Past the days the page knows (a stale or cached copy), it never
 * guesses: it says the page may be out of date and offers the hub's phone number.
 */
export function refreshOpeningStatus(element: HTMLElement, now: Date): void {
  const data = decodeOpenDays(element.dataset.openDays);
  if (!data) return;
  if (tokyoDateOf(now) > data.until) {
    showOutOfDate(element, element.dataset.phone);
    return;
  }
  const status = openingStatus(data.days, now, {
    unconfirmed: data.unconfirmed,
    ...(element.dataset.noneKnown ? { noneKnown: element.dataset.noneKnown } : {}),
  });
  if (element.textContent !== status.text) element.textContent = status.text;
  element.classList.toggle('is-open', status.open);
  element.classList.toggle('is-closed', !status.open);
}

const OUT_OF_DATE_TEXT =
  'このページの開所日は古くなっている可能性があります。お出かけの前に、拠点にお電話でお確かめください';

function showOutOfDate(element: HTMLElement, phone: string | undefined): void {
  if (element.dataset.outOfDate === '') return;
  const parts: (string | Node)[] = [OUT_OF_DATE_TEXT];
  if (phone) {
    const link = document.createElement('a');
    link.href = telHref(phone);
    link.textContent = phone;
    parts.push('(電話 ', link, ')');
  }
  parts.push('。');
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
        label.textContent = '今日';
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
