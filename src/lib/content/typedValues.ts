/**
 * Numbers as staff type them, in the form the files store. A Japanese IME types full-width
 * digits and hyphens (０７９８－２０－２３３３, １６：００) and often ー for a minus; the CMS
 * widgets and the content schemas both read values through these, so the form and the
 * build accept the same things. Anything that still does not fit is returned half-width
 * for the schema's message to explain.
 */

/** Characters an IME gives for a hyphen or minus in a number: ー (長音), －, ‐, −, –, —, ― and ｰ. */
const HYPHENS = /[ー－‐‑‒–—―−ｰ]/g;

/** Full-width ASCII (０-９, ：, ．, ／, Ａ-Ｚ…) and the ideographic space to half-width, trimmed. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[！-～]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(HYPHENS, '-')
    .trim();
}

const pad = (number: string) => number.padStart(2, '0');

/** '１６：００', '1600', '930', '16', '16時', '9時半' → '16:00', '16:00', '09:30', '16:00', '16:00', '09:30'. */
export function normaliseTime(text: string): string {
  const value = toHalfWidth(text)
    .replace(/\s/g, '')
    .replace(/時半$/, ':30')
    .replace(/時(\d{1,2})分?$/, ':$1')
    .replace(/時$/, '');
  const match = value.match(/^(\d{1,2}):?(\d{2})$/) ?? value.match(/^(\d{1,2})()$/);
  if (!match) return value;
  const [, hours = '', minutes = ''] = match;
  if (Number(hours) > 23 || Number(minutes || '0') > 59) return value;
  return `${pad(hours)}:${minutes ? pad(minutes) : '00'}`;
}

/** '２０２７－０１－２０', '2027/1/20', '2027年1月20日', '20270120' → '2027-01-20'. */
export function normaliseDate(text: string): string {
  const value = toHalfWidth(text).replace(/\s/g, '');
  const match =
    value.match(/^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\(.\))?$/) ?? value.match(/^(\d{4})(\d{2})(\d{2})$/);
  if (!match) return value;
  const [, year = '', month = '', day = ''] = match;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** '２０２７－０１', '2027/1', '2027年1月', '202701' → '2027-01'. */
export function normaliseMonth(text: string): string {
  const value = toHalfWidth(text).replace(/\s/g, '');
  const match = value.match(/^(\d{4})[-/.年](\d{1,2})月?$/) ?? value.match(/^(\d{4})(\d{2})$/);
  if (!match) return value;
  const [, year = '', month = ''] = match;
  return `${year}-${pad(month)}`;
}

/** '１２－２９', '12/29', '12月29日', '1229' → '12-29'. */
export function normaliseMonthDay(text: string): string {
  const value = toHalfWidth(text).replace(/\s/g, '');
  const match = value.match(/^(\d{1,2})[-/.月](\d{1,2})日?$/) ?? value.match(/^(\d{2})(\d{2})$/);
  if (!match) return value;
  const [, month = '', day = ''] = match;
  return `${pad(month)}-${pad(day)}`;
}

/** '０７９８－２０－２３３３' → '0798-20-2333' (the hyphens stay where staff put them). */
export function normalisePhone(text: string): string {
  return toHalfWidth(text).replace(/\s/g, '');
}

/** '３４．７３８' → 34.738; anything that is not a plain decimal stays text for the schema to refuse. */
export function normaliseDecimal(text: string): number | string {
  const value = toHalfWidth(text).replace(/\s/g, '');
  return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
}

/** For z.preprocess: strings go through `normalise`; anything else (a YAML number or Date) is left as it is. */
export function whenText<T>(normalise: (text: string) => T): (value: unknown) => unknown {
  return (value) => (typeof value === 'string' ? normalise(value) : value);
}
