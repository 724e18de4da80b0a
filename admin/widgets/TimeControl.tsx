/** A time as the site writes it, 24-hour 16:00, whether typed 16:00, 1600 or １６：００. */
import { normaliseTime, toHalfWidth } from '../../src/lib/content/typedValues';
import type { TypedValue } from './TypedTextInput';
import { typedControl } from './typedControl';

export const TIME: TypedValue<string> = {
  typing: toHalfWidth,
  done: normaliseTime,
  placeholder: '16:00',
  inputMode: 'numeric',
  describe: () => '24時間制',
};

export const TimeControl = typedControl(TIME);
