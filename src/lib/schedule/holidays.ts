import holidayTable from '@holiday-jp/holiday_jp/lib/holidays.js';
import type { PlainDate } from '../../schema/primitives';

/**
 * National holidays of Japan, including 振替休日 and 国民の休日. Looked up by the
 * 'YYYY-MM-DD' string: the package's Date helpers read the process-local date.
 */
const holidays = holidayTable as unknown as Record<string, { name: string } | undefined>;

export function holidayName(date: PlainDate): string | undefined {
  return holidays[date]?.name;
}
