/** A phone number with hyphens; full-width digits and ー are stored half-width. */
import { normalisePhone } from '../../src/lib/content/typedValues';
import { typedControl } from './typedControl';

export const PhoneControl = typedControl<string>({
  typing: normalisePhone,
  done: normalisePhone,
  placeholder: '0798-20-2333',
  inputMode: 'tel',
});
