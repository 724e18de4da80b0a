import { WEEKDAYS, weekdayNameJa } from '../../../schema/weekdays';
import { FILTER, KIND, META, NO_FIXED_WEEKDAY } from '../../browser/search/labels';
import { areaOf, fullAddress } from '../../site/hubFacts';
import type { SiteHub } from '../../site/site';

/** What the search index knows about a page besides its text: metadata and filters. */
export interface SearchFacets {
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export function hubFacets(view: Pick<SiteHub, 'hub' | 'summary'>, municipality: string): SearchFacets {
  const { hub, summary } = view;
  const weekdays =
    hub.schedule.kind === 'weekly'
      ? WEEKDAYS.filter((day) => hub.schedule.weekdays.includes(day)).map(weekdayNameJa)
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
