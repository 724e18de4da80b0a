/** A decimal number (latitude, longitude), stored as a number; ３４．７２３８ is read as 34.7238. */
import { normaliseDecimal } from '../../src/lib/content/typedValues';
import { typedControl } from './typedControl';

export const DecimalControl = typedControl<number | string>({
  typing: normaliseDecimal,
  done: normaliseDecimal,
  placeholder: '34.7238',
  inputMode: 'decimal',
});
