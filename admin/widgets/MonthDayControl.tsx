/** A day of the year as 12-29 (the year-end period), with 12月29日 beside it. */
import { normaliseMonthDay, toHalfWidth } from '../../src/lib/content/typedValues';
import { MONTH_DAY_PATTERN } from '../../src/schema/primitives';
import { typedControl } from './typedControl';

export const MonthDayControl = typedControl<string>({
  typing: toHalfWidth,
  done: normaliseMonthDay,
  placeholder: '12-29',
  inputMode: 'numeric',
  describe: (value) =>
    value && MONTH_DAY_PATTERN.test(value) ? `${Number(value.slice(0, 2))}月${Number(value.slice(3))}日` : '例: 12-29',
});
