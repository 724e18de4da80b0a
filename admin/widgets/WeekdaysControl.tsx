/**
 * 開所曜日: seven check boxes, 月曜日 to 日曜日, one press per day (a multiple select closes
 * after each choice). Stores the days in the week's order, as the schema lists them.
 */
import { isList, List } from 'immutable';
import { Component } from 'react';
import { WEEKDAYS, type Weekday } from '../../src/schema/primitives';
import { weekdayNameJa } from '../../src/schema/weekdays';
import type { ControlProps } from './controlProps';

function chosenDays(value: unknown): Weekday[] {
  const items: unknown[] = isList(value) ? value.toArray() : Array.isArray(value) ? value : [];
  return WEEKDAYS.filter((day) => items.includes(day));
}

export class WeekdaysControl extends Component<ControlProps<List<Weekday>>> {
  private toggle(day: Weekday, on: boolean): void {
    const chosen = new Set(chosenDays(this.props.value));
    if (on) chosen.add(day);
    else chosen.delete(day);
    this.props.onChange(List(WEEKDAYS.filter((candidate) => chosen.has(candidate))));
  }

  override render() {
    const { forID, value, setActiveStyle, setInactiveStyle } = this.props;
    const chosen = chosenDays(value);
    return (
      // biome-ignore lint/a11y/noStaticElementInteractions: focus within only colours Decap's label
      <div id={forID} className="weekday-boxes" onFocus={setActiveStyle} onBlur={setInactiveStyle}>
        {WEEKDAYS.map((day) => (
          <label key={day}>
            <input
              type="checkbox"
              checked={chosen.includes(day)}
              onChange={(event) => this.toggle(day, event.target.checked)}
            />
            {weekdayNameJa(day)}
          </label>
        ))}
      </div>
    );
  }
}
