import { JA } from '../lib/i18n/ja';
import type { Locale } from '../lib/i18n/locales';
import { withoutRuby } from '../lib/i18n/ruby';
import { scheduleWords } from '../lib/i18n/scheduleWords';
import type { ScheduleWords } from '../lib/i18n/words';
import { CALENDAR_WEEK, type MonthGrid } from '../lib/schedule/calendarGrid';
import { usualHours } from '../lib/schedule/engine';
import type { DayStatus } from '../lib/schedule/types';
import type { Schedule } from '../schema/hub';
import { LocalText } from './LocalText';

/**
 * Every state is written in words, so colour is never the only signal. Hours are written only
 * where they differ from the hub's usual hours, which the page states once above the calendars.
 */
export function dayLabel(
  day: DayStatus,
  schedule: Schedule | undefined,
  words: ScheduleWords = JA,
): { mark: string; detail?: string; staffText?: string } {
  const cell = words.cell;
  if (day.open) {
    const usual = schedule && usualHours(schedule, day.date);
    const unusualHours = !usual || usual.opens !== day.opens || usual.closes !== day.closes;
    const hours = unusualHours ? words.hours(day.opens, day.closes) : '';
    const mark = day.special ? cell.special : cell.open;
    if (words.locale !== 'ja')
      return { mark, ...(hours ? { detail: hours } : {}), ...(day.note ? { staffText: day.note } : {}) };
    const detail = [hours, day.note].filter(Boolean).join(' ');
    return { mark, ...(detail ? { detail } : {}) };
  }
  switch (day.reason) {
    case 'holiday':
      // The holiday's name comes from the Japanese table: other languages just say it is one.
      return { mark: cell.closed, detail: words.locale === 'ja' ? (day.label ?? cell.holiday) : cell.holiday };
    case 'yearEnd':
      return { mark: cell.closed, detail: cell.yearEnd };
    case 'yearEndUnconfirmed':
      return { mark: cell.ask, detail: cell.yearEnd };
    case 'closure':
      if (words.locale !== 'ja') return { mark: cell.closure, ...(day.label ? { staffText: day.label } : {}) };
      return { mark: cell.closure, ...(day.label ? { detail: day.label } : {}) };
    case 'notAnnounced':
      return { mark: cell.notAnnounced };
    default:
      return { mark: cell.closed };
  }
}

/** The class a day's cell carries: how it is coloured, always beside its words. */
export function dayState(day: DayStatus): 'open' | 'special' | 'unknown' | 'closed' {
  if (day.open) return day.special ? 'special' : 'open';
  return day.reason === 'notAnnounced' || day.reason === 'yearEndUnconfirmed' ? 'unknown' : 'closed';
}

export function MonthCalendar({
  grid,
  today,
  schedule,
  locale = 'ja',
}: {
  grid: MonthGrid;
  today?: string;
  schedule?: Schedule;
  locale?: Locale;
}) {
  const words = scheduleWords(locale);
  return (
    <table className="month-calendar phrases" data-month={grid.month}>
      <caption>
        <LocalText text={words.cell.caption(grid.month)} locale={locale} cut={false} />
      </caption>
      <thead>
        <tr>
          {CALENDAR_WEEK.map((weekday) => (
            <th key={weekday} scope="col" abbr={withoutRuby(words.weekdayFull(weekday))}>
              <LocalText text={words.weekdayShort(weekday)} locale={locale} cut={false} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {grid.weeks.map((week) => (
          <tr key={week.find((day) => day)?.date}>
            {week.map((day, index) => {
              // biome-ignore lint/suspicious/noArrayIndexKey: empty padding cells have no identity but their position
              if (!day) return <td key={`pad-${index}`} className="pad" />;
              const { mark, detail, staffText } = dayLabel(day, schedule, words);
              const state = dayState(day);
              return (
                <td key={day.date} className={`day ${state}`} aria-current={day.date === today ? 'date' : undefined}>
                  <span className="date">{Number(day.date.slice(8))}</span>
                  <span className="mark">
                    <LocalText text={mark} locale={locale} cut={false} />
                  </span>
                  {detail ? (
                    <span className="detail">
                      <LocalText text={detail} locale={locale} />
                    </span>
                  ) : null}
                  {staffText ? (
                    <span className="detail" lang="ja">
                      {staffText}
                    </span>
                  ) : null}
                  {day.date === today ? (
                    <span className="today">
                      <LocalText text={words.cell.today} locale={locale} cut={false} />
                    </span>
                  ) : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
