/** A day as 2027-01-20, with 2027年1月20日(水) beside it; typed 2027/1/20 or ２０２７年１月２０日 also works. */

import { normaliseDate, toHalfWidth } from '../../src/lib/content/typedValues';
import { dayJa } from '../../src/lib/schedule/japaneseText';
import { isRealDate } from '../../src/schema/primitives';
import type { TypedValue } from './TypedTextInput';
import { typedControl } from './typedControl';

export const DATE: TypedValue<string> = {
  typing: toHalfWidth,
  done: normaliseDate,
  placeholder: '2027-01-20',
  inputMode: 'numeric',
  describe: (value) => (value && isRealDate(value) ? `${value.slice(0, 4)}年${dayJa(value)}` : '例: 2027-01-20'),
};

export const DateControl = typedControl(DATE);
