/**
 * 運営日 of a hub without fixed weekdays: the month chosen in 対象の月 as a wall calendar
 * (日〜土, national holidays marked); pressing a day adds or removes it. Below the grid each
 * chosen day can get its own hours or a note. Stored exactly as the schema reads it:
 * `openDays: - date: 2026-10-01 …`, in date order.
 */
import { fromJS, isList, isMap } from 'immutable';
import { Component, type ReactNode } from 'react';
import { toggleDay } from '../../src/lib/schedule/announcedDays';
import { CALENDAR_WEEK, monthGrid } from '../../src/lib/schedule/calendarGrid';
import { holidayName } from '../../src/lib/schedule/holidays';
import { dayJa, monthJa } from '../../src/lib/schedule/japaneseText';
import type { OperatingDayEntry } from '../../src/schema/calendar';
import { MONTH_PATTERN, TIME_PATTERN } from '../../src/schema/primitives';
import { WEEKDAY_JA } from '../../src/schema/weekdays';
import type { ControlProps } from './controlProps';
import { TIME } from './TimeControl';
import { TypedTextInput, type TypedValue } from './TypedTextInput';

type Day = OperatingDayEntry;
type Props = ControlProps<unknown>;

interface State {
  month: string | undefined;
  hub: string | undefined;
  usualHours: { opens: string; closes: string } | undefined;
}

/** How often the grid looks at 対象の月 and 拠点: Decap re-renders a control only when its own value changes. */
const FOLLOW_MS = 300;

const NOTE: TypedValue<string> = {
  typing: (text) => text,
  done: (text) => text.trim(),
  placeholder: '例: 午後は体操があります',
  inputMode: 'text',
};

function daysOf(value: unknown): Day[] {
  if (!isList(value)) return [];
  return value.toArray().flatMap((item) => {
    const day: unknown = isMap(item) ? item.toJS() : item;
    return day && typeof day === 'object' && typeof (day as Day).date === 'string' ? [day as Day] : [];
  });
}

/** The day in the schema's key order, without the blanks Decap would otherwise write. */
function stored(day: Day): Day {
  const kept: Day = { date: day.date };
  if (day.opens) kept.opens = day.opens;
  if (day.closes) kept.closes = day.closes;
  if (day.note) kept.note = day.note;
  return kept;
}

function usualHoursOf(data: unknown): State['usualHours'] {
  const schedule = (data as { schedule?: { opens?: unknown; closes?: unknown } } | undefined)?.schedule;
  const { opens, closes } = schedule ?? {};
  return typeof opens === 'string' &&
    typeof closes === 'string' &&
    TIME_PATTERN.test(opens) &&
    TIME_PATTERN.test(closes)
    ? { opens, closes }
    : undefined;
}

export class OpenDaysControl extends Component<Props, State> {
  override state: State = { month: undefined, hub: undefined, usualHours: undefined };
  private timer: ReturnType<typeof setInterval> | undefined;

  override componentDidMount() {
    this.follow();
    this.timer = setInterval(this.follow, FOLLOW_MS);
  }

  override componentWillUnmount() {
    clearInterval(this.timer);
  }

  private readonly follow = () => {
    const data = this.props.getEntry()?.get('data');
    const read = (name: string) => {
      const value: unknown = isMap(data) ? data.get(name) : undefined;
      return typeof value === 'string' && value ? value : undefined;
    };
    const month = read('month');
    const hub = read('hub');
    if (month !== this.state.month) this.setState({ month });
    if (hub !== this.state.hub) {
      this.setState({ hub, usualHours: undefined });
      if (hub)
        this.props.loadEntry('hubs', hub).then(
          (entry) => {
            if (this.state.hub === hub) this.setState({ usualHours: usualHoursOf(entry.data) });
          },
          () => undefined,
        );
    }
  };

  private save(days: readonly Day[]) {
    this.props.onChange(fromJS(days.map(stored)));
  }

  private toggle(date: string) {
    this.save(toggleDay(daysOf(this.props.value), date, () => ({ date })));
  }

  private edit(date: string, change: Partial<Day>) {
    this.save(daysOf(this.props.value).map((day) => (day.date === date ? { ...day, ...change } : day)));
  }

  private grid(month: string, chosen: ReadonlySet<string>): ReactNode {
    const { weeks } = monthGrid(month, (date) => ({ date, holiday: holidayName(date) }));
    return (
      <table className="open-days-grid">
        <caption>{monthJa(month)}</caption>
        <thead>
          <tr>
            {CALENDAR_WEEK.map((weekday) => (
              <th key={weekday} scope="col" className={`weekday-${weekday}`}>
                {WEEKDAY_JA[weekday]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.find(Boolean)?.date}>
              {week.map((day, column) =>
                day ? (
                  <td key={day.date} className={`weekday-${CALENDAR_WEEK[column]}${day.holiday ? ' holiday' : ''}`}>
                    <button
                      type="button"
                      aria-pressed={chosen.has(day.date)}
                      aria-label={`${dayJa(day.date)}${day.holiday ? ` ${day.holiday}` : ''}`}
                      onClick={() => this.toggle(day.date)}
                    >
                      <span className="date">{Number(day.date.slice(8))}</span>
                      {day.holiday && <span className="holiday-name">{day.holiday}</span>}
                    </button>
                  </td>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the padding cells of a week have nothing else to key on
                  <td key={`pad-${column}`} />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    );
  }

  private dayRow(day: Day, month: string | undefined): ReactNode {
    const id = `${this.props.forID}-${day.date}`;
    const label = dayJa(day.date);
    return (
      <li key={day.date}>
        <span className="open-day-date">{label}</span>
        {month && !day.date.startsWith(`${month}-`) && (
          <span className="open-day-warning">対象の月の日ではありません。外してください。</span>
        )}
        <label htmlFor={`${id}-opens`}>開所時刻</label>
        <TypedTextInput
          id={`${id}-opens`}
          value={day.opens}
          kind={TIME}
          onChange={(opens) => this.edit(day.date, { opens })}
          placeholder={this.state.usualHours?.opens ?? 'ふだん'}
          bare
          aria-label={`${label}の開所時刻`}
        />
        <label htmlFor={`${id}-closes`}>閉所時刻</label>
        <TypedTextInput
          id={`${id}-closes`}
          value={day.closes}
          kind={TIME}
          onChange={(closes) => this.edit(day.date, { closes })}
          placeholder={this.state.usualHours?.closes ?? 'ふだん'}
          bare
          aria-label={`${label}の閉所時刻`}
        />
        <label htmlFor={`${id}-note`}>メモ</label>
        <TypedTextInput
          id={`${id}-note`}
          className="open-day-note"
          value={day.note}
          kind={NOTE}
          onChange={(note) => this.edit(day.date, { note })}
          aria-label={`${label}のメモ`}
        />
        <button type="button" onClick={() => this.toggle(day.date)} aria-label={`${label}を外す`}>
          外す
        </button>
      </li>
    );
  }

  override render() {
    const { forID, classNameWrapper } = this.props;
    const { usualHours } = this.state;
    const month = this.state.month && MONTH_PATTERN.test(this.state.month) ? this.state.month : undefined;
    const days = daysOf(this.props.value);
    const chosen = new Set(days.map((day) => day.date));
    return (
      <div id={forID} className={`${classNameWrapper} open-days`}>
        {month ? this.grid(month, chosen) : <p>先に「対象の月」を選ぶと、その月のカレンダーが出ます。</p>}
        <p className="open-days-hours">
          {usualHours
            ? `時間は拠点のふだんの時間(${usualHours.opens}〜${usualHours.closes})です。ちがう時間の日だけ、下で時刻を24時間制で入れてください。`
            : '時刻が空欄の日は、拠点のふだんの時間です。ちがう時間の日だけ、下で時刻を24時間制で入れてください。'}
        </p>
        {days.length > 0 && (
          <>
            <p className="open-days-count">選んだ日: {days.length}日</p>
            <ul className="open-days-list">{days.map((day) => this.dayRow(day, month))}</ul>
          </>
        )}
      </div>
    );
  }
}
