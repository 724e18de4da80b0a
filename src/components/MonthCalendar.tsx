import { CALENDAR_WEEK, type MonthGrid } from '../lib/schedule/calendarGrid';
import { usualHours } from '../lib/schedule/engine';
import { hoursJa, monthJa } from '../lib/schedule/japaneseText';
import type { DayStatus } from '../lib/schedule/types';
import type { Schedule } from '../schema/hub';
import { WEEKDAY_JA, weekdayNameJa } from '../schema/weekdays';
import { Phrases } from './Phrases';

const WEEK_HEADERS = CALENDAR_WEEK.map((day) => [WEEKDAY_JA[day], weekdayNameJa(day)] as const);

/**
 * Every state is written in words, so colour is never the only signal. Hours are written only
 * where they differ from the hub's usual hours, which the page states once above the calendars.
 */
export function dayLabel(day: DayStatus, schedule: Schedule | undefined): { mark: string; detail?: string } {
  if (day.open) {
    const usual = schedule && usualHours(schedule, day.date);
    const unusualHours = !usual || usual.opens !== day.opens || usual.closes !== day.closes;
    const detail = [unusualHours ? hoursJa(day.opens, day.closes) : '', day.note].filter(Boolean).join(' ');
    return { mark: day.special ? '特別開所' : '開所', ...(detail ? { detail } : {}) };
  }
  switch (day.reason) {
    case 'holiday':
      return { mark: '休み', detail: day.label ?? '祝日' };
    case 'yearEnd':
      return { mark: '休み', detail: '年末年始' };
    case 'yearEndUnconfirmed':
      return { mark: '要問合せ', detail: '年末年始' };
    case 'closure':
      return { mark: '臨時休業', detail: day.label };
    case 'notAnnounced':
      return { mark: '未定' };
    default:
      return { mark: '休み' };
  }
}

/** The class a day's cell carries: how it is coloured, always beside its words. */
export function dayState(day: DayStatus): 'open' | 'special' | 'unknown' | 'closed' {
  if (day.open) return day.special ? 'special' : 'open';
  return day.reason === 'notAnnounced' || day.reason === 'yearEndUnconfirmed' ? 'unknown' : 'closed';
}

export function MonthCalendar({ grid, today, schedule }: { grid: MonthGrid; today?: string; schedule?: Schedule }) {
  return (
    <table className="month-calendar phrases" data-month={grid.month}>
      <caption>{monthJa(grid.month)}の開所日</caption>
      <thead>
        <tr>
          {WEEK_HEADERS.map(([short, full]) => (
            <th key={short} scope="col" abbr={full}>
              {short}
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
              const { mark, detail } = dayLabel(day, schedule);
              const state = dayState(day);
              return (
                <td key={day.date} className={`day ${state}`} aria-current={day.date === today ? 'date' : undefined}>
                  <span className="date">{Number(day.date.slice(8))}</span>
                  <span className="mark">{mark}</span>
                  {detail ? (
                    <span className="detail">
                      <Phrases text={detail} />
                    </span>
                  ) : null}
                  {day.date === today ? <span className="today">今日</span> : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
