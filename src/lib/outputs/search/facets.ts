import { WEEKDAYS, weekdayNameJa } from '../../../schema/weekdays';
import { FILTER, KIND, META, NO_FIXED_WEEKDAY } from '../../browser/search/labels';
import { monthDayJa, yearEndUnconfirmedJa } from '../../schedule/japaneseText';
import { fullAddress, townOf } from '../../site/hubFacts';
import type { SiteHub } from '../../site/site';

/** What the search index knows about a page besides its text: metadata and filters. */
export interface SearchFacets {
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Asked by someone searching お正月: a hub that states no year-end closing is not thereby open. */
export function yearEndAnswerJa(view: Pick<SiteHub, 'hub' | 'yearEnd'>): string {
  const { hub, yearEnd } = view;
  if (hub.schedule.kind !== 'weekly' || hub.schedule.overYearEnd === 'unconfirmed')
    return yearEndUnconfirmedJa(yearEnd);
  return hub.schedule.overYearEnd === 'closed'
    ? `${monthDayJa(yearEnd.from)}〜${monthDayJa(yearEnd.to)}はお休みです`
    : `${monthDayJa(yearEnd.from)}〜${monthDayJa(yearEnd.to)}もふだんどおり開所します`;
}

export function hubFacets(view: Pick<SiteHub, 'hub' | 'summary' | 'yearEnd'>, municipality: string): SearchFacets {
  const { hub, summary } = view;
  const weekdays =
    hub.schedule.kind === 'weekly'
      ? WEEKDAYS.filter((day) => hub.schedule.weekdays.includes(day)).map(weekdayNameJa)
      : [NO_FIXED_WEEKDAY];
  return {
    meta: {
      [META.address]: fullAddress(hub, municipality),
      [META.hours]: summary,
      [META.phone]: hub.phone,
      [META.yearEnd]: yearEndAnswerJa(view),
    },
    filters: {
      [FILTER.town]: [townOf(hub.address.street)],
      [FILTER.weekday]: weekdays,
      [FILTER.audience]: [...new Set([...hub.audiences, ...hub.activities])],
      [FILTER.kind]: [KIND.hub],
    },
  };
}

export function programPageFacets(): SearchFacets {
  return { meta: {}, filters: { [FILTER.kind]: [KIND.program] } };
}
