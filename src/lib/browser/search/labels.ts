/**
 * Names the index and the browser UI share: filter and metadata keys (Japanese, because
 * Pagefind shows them as they are) and the filter pane's reading order.
 * Only zod-free imports: this module ships to the browser.
 */
import { WEEKDAYS, weekdayNameJa } from '../../../schema/weekdays';

export const FILTER = {
  /** The town (町名) of the address: the one notion of "where" that every hub has (the 地区 is often unknown). */
  town: '町名',
  weekday: '開所曜日',
  audience: '対象・活動',
  kind: '種別',
} as const;

export const KIND = { hub: '拠点', program: '制度の案内' } as const;

export const META = { address: '住所', hours: '開所日時', phone: '電話', yearEnd: '年末年始' } as const;

/** A hub that opens on announced days has no weekday; it still needs a value to be found. */
export const NO_FIXED_WEEKDAY = '曜日固定なし';

/** 開所曜日 values in calendar order, Monday first . */
export const WEEKDAY_VALUES: readonly string[] = [...WEEKDAYS.map(weekdayNameJa), NO_FIXED_WEEKDAY];

/** The filter pane's groups in reading order; Pagefind itself sorts names and values by code point. */
const GROUP_ORDER: readonly string[] = [FILTER.town, FILTER.weekday, FILTER.audience, FILTER.kind];

const VALUE_ORDER: Readonly<Record<string, readonly string[]>> = {
  [FILTER.weekday]: WEEKDAY_VALUES,
  [FILTER.kind]: [KIND.hub, KIND.program],
};

function rank(order: readonly string[], key: string): number {
  const index = order.indexOf(key);
  return index === -1 ? order.length : index;
}

/**
 * Filter groups and values re-keyed in reading order (weekdays 月→日, not by count or code
 * point). Object key order is insertion order, which is what the filter pane renders.
 */
export function orderFilters<T>(filters: Record<string, Record<string, T>>): Record<string, Record<string, T>> {
  const groups = Object.keys(filters).sort((a, b) => rank(GROUP_ORDER, a) - rank(GROUP_ORDER, b));
  return Object.fromEntries(
    groups.map((group) => {
      const order = VALUE_ORDER[group] ?? [];
      const values = Object.keys(filters[group] ?? {}).sort((a, b) => rank(order, a) - rank(order, b));
      return [group, Object.fromEntries(values.map((value) => [value, filters[group]?.[value] as T]))];
    }),
  );
}
