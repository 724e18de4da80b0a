import { decodeOpenDays } from '../schedule/openDaysData';
import { openingStatus } from '../schedule/openingStatus';
import { tokyoDateOf } from '../schedule/tokyoCalendar';

/**
 * Runs in the reader's browser: rewrites the build-time "open now?" text from the open days
 * the page carries, in Asia/Tokyo whatever the browser's zone. Without JavaScript, or past
 * the days the page knows, the build-time text stays.
 */
export function refreshOpeningStatus(element: HTMLElement, now: Date): boolean {
  const data = decodeOpenDays(element.dataset.openDays);
  if (!data || tokyoDateOf(now) > data.until) return false;
  const status = openingStatus(data.days, now);
  if (element.textContent !== status.text) element.textContent = status.text;
  element.classList.toggle('is-open', status.open);
  element.classList.toggle('is-closed', !status.open);
  return true;
}

export function refreshAllOpeningStatuses(root: ParentNode = document): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-opening-status][data-open-days]')) {
    refreshOpeningStatus(element, new Date());
  }
}
