/**
 * 対象の月: a year, then one of twelve month buttons. Stores 'YYYY-MM' and shows the
 * choice as 2027年1月.
 */
import { Component } from 'react';
import { monthJa } from '../../src/lib/schedule/japaneseText';
import { tokyoDateOf } from '../../src/lib/schedule/tokyoCalendar';
import { MONTH_PATTERN } from '../../src/schema/primitives';
import type { ControlProps } from './controlProps';

const MONTHS = Array.from({ length: 12 }, (_, index) => String(index + 1).padStart(2, '0'));

/** Last year to two years ahead, and the stored month's year whatever it is. */
function yearsAround(thisYear: number, chosen: number | undefined): number[] {
  const years = new Set([thisYear - 1, thisYear, thisYear + 1, thisYear + 2]);
  if (chosen !== undefined) years.add(chosen);
  return [...years].sort((a, b) => a - b);
}

export class MonthControl extends Component<ControlProps<string>, { year: number }> {
  override state = { year: this.chosenYear() ?? Number(tokyoDateOf(new Date()).slice(0, 4)) };

  private chosenYear(): number | undefined {
    const { value } = this.props;
    return value && MONTH_PATTERN.test(value) ? Number(value.slice(0, 4)) : undefined;
  }

  override render() {
    const { forID, value, onChange, setActiveStyle, setInactiveStyle } = this.props;
    const { year } = this.state;
    const chosen = value && MONTH_PATTERN.test(value) ? value : undefined;
    const thisYear = Number(tokyoDateOf(new Date()).slice(0, 4));
    return (
      // biome-ignore lint/a11y/noStaticElementInteractions: focus within only colours Decap's label
      <div className="month-picker" onFocus={setActiveStyle} onBlur={setInactiveStyle}>
        <select
          id={forID}
          value={year}
          onChange={(event) => this.setState({ year: Number(event.target.value) })}
          aria-describedby={`${forID}-chosen`}
        >
          {yearsAround(thisYear, this.chosenYear()).map((option) => (
            <option key={option} value={option}>
              {option}年
            </option>
          ))}
        </select>
        <div className="month-picker-months">
          {MONTHS.map((month) => {
            const candidate = `${year}-${month}`;
            return (
              <button key={month} type="button" aria-pressed={candidate === chosen} onClick={() => onChange(candidate)}>
                {Number(month)}月
              </button>
            );
          })}
        </div>
        <p id={`${forID}-chosen`} className="month-picker-chosen">
          {chosen ? `選んだ月: ${monthJa(chosen)}` : '年を選んでから、月を押してください。'}
        </p>
      </div>
    );
  }
}
