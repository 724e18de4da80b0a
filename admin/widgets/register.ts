/** Registers this project's widgets with Decap, under the names the generated config uses. */
import type CMS from 'decap-cms-app';
import { DateControl } from './DateControl';
import { DecimalControl } from './DecimalControl';
import { MonthControl } from './MonthControl';
import { MonthDayControl } from './MonthDayControl';
import { CUSTOM_WIDGETS, type CustomWidget } from './names';
import { OpenDaysControl } from './OpenDaysControl';
import { PhoneControl } from './PhoneControl';
import { TimeControl } from './TimeControl';
import { WeekdaysControl } from './WeekdaysControl';
import widgetsCss from './widgets.css?inline';

/** Each control takes its own value type, so the table only knows they are components. */
const CONTROLS: Record<CustomWidget, unknown> = {
  time: TimeControl,
  date: DateControl,
  month: MonthControl,
  monthDay: MonthDayControl,
  phone: PhoneControl,
  decimal: DecimalControl,
  openDays: OpenDaysControl,
  weekdays: WeekdaysControl,
};

type RegisterWidget = (typeof CMS)['registerWidget'];
type WidgetParam = Exclude<Parameters<RegisterWidget>[0], string>;

export function registerWidgets(registerWidget: RegisterWidget): void {
  for (const [widget, control] of Object.entries(CONTROLS) as Array<[CustomWidget, unknown]>) {
    registerWidget({
      name: CUSTOM_WIDGETS[widget],
      // Decap's types call the control its props object; at run time it is the component.
      controlComponent: control as unknown as WidgetParam['controlComponent'],
      globalStyles: widgetsCss,
    });
  }
}
