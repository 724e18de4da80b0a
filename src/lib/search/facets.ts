import { WEEKDAY_JA, WEEKDAYS } from '../../schema/primitives';
import { areaOf, fullAddress } from '../hubFacts';
import type { HubView } from '../site';

/**
 * What the search index knows about a page besides its text: metadata shown in results and
 * filters for the filter pane. Keys are Japanese because Pagefind shows them as they are.
 */

export const FILTER = {
  area: '地区',
  weekday: '開所曜日',
  audience: '対象・活動',
  kind: '種別',
} as const;

export const KIND = { hub: '拠点', program: '制度の案内' } as const;

export const META = { address: '住所', hours: '開所日時', phone: '電話' } as const;

/** A hub that opens on announced days has no weekday; it still needs a value to be found. */
export const NO_FIXED_WEEKDAY = '曜日固定なし';

export const WEEKDAY_VALUES: readonly string[] = [...WEEKDAYS.map((day) => `${WEEKDAY_JA[day]}曜日`), NO_FIXED_WEEKDAY];

export interface SearchFacets {
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export function hubFacets(view: Pick<HubView, 'hub' | 'summary'>, municipality: string): SearchFacets {
  const { hub, summary } = view;
  const weekdays =
    hub.schedule.kind === 'weekly'
      ? WEEKDAYS.filter((day) => hub.schedule.weekdays.includes(day)).map((day) => `${WEEKDAY_JA[day]}曜日`)
      : [NO_FIXED_WEEKDAY];
  return {
    meta: { [META.address]: fullAddress(hub, municipality), [META.hours]: summary, [META.phone]: hub.phone },
    filters: {
      [FILTER.area]: [areaOf(hub)],
      [FILTER.weekday]: weekdays,
      [FILTER.audience]: [...new Set([...hub.audiences, ...hub.activities])],
      [FILTER.kind]: [KIND.hub],
    },
  };
}

export function programPageFacets(): SearchFacets {
  return { meta: {}, filters: { [FILTER.kind]: [KIND.program] } };
}

/** The filter pane's groups in reading order; Pagefind itself sorts names and values by code point. */
const GROUP_ORDER: readonly string[] = [FILTER.area, FILTER.weekday, FILTER.audience, FILTER.kind];

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
      return [group, Object.fromEntries(values.map((value) => [value, (filters[group] ?? {})[value] as T]))];
    }),
  );
}
