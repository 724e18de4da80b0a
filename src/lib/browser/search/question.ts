import { WEEKDAY_JA, WEEKDAYS, type Weekday, weekdayNameJa } from '../../../schema/weekdays';
import { FILTER, KIND } from './labels';
import { normalizeQuery } from './query';

/**
 * Questions about days are answered from the hubs' schedules, not from their text: a hub whose
 * text says 日曜日はお休みです must not come up for 日曜. A weekday in the query becomes the
 * 開所曜日 filter; a year-end word (お正月) asks for every hub with its year-end answer shown.
 */

export type Filters = Record<string, string[]>;

export interface SearchRequest {
  /** What is left to search as text; null when the question was only about a day. */
  term: string | null;
  filters: Filters;
  /** The year-end question: results show each hub's 年末年始 answer first. */
  yearEnd: boolean;
}

/** Hiragana readings, whole (かようび), so that 通う (かよう) is not read as Tuesday. */
const READINGS: Record<Weekday, string> = {
  mon: 'げつ',
  tue: 'か',
  wed: 'すい',
  thu: 'もく',
  fri: 'きん',
  sat: 'ど',
  sun: 'にち',
};

const WEEKDAY_WORDS = WEEKDAYS.map((day) => ({
  day,
  pattern: new RegExp(`${WEEKDAY_JA[day]}曜日?|${READINGS[day]}ようび`, 'g'),
}));

const YEAR_END_WORDS = /お?正月|年末年始|年末|年始|大晦日|大みそか|元日|元旦|三が日/g;

/** What people add around a day word (日曜日に開いている拠点は?): dropped when a day word was found. */
const FILLER =
  /^(?:[にはのもで]|って)?(?:開いて(?:い)?る|あいて(?:い)?る|やって(?:い)?る|開所(?:して(?:い)?る)?|営業(?:して(?:い)?る)?|休み)?(?:拠点|ところ|場所)?(?:は|を|も)?(?:どこ|ある|ですか)?[？?]?$/;

export function searchRequest(typed: string, filters: Filters = {}): SearchRequest {
  let rest = normalizeQuery(typed);
  const days: string[] = [];
  for (const { day, pattern } of WEEKDAY_WORDS) {
    if (rest.search(pattern) >= 0) days.push(weekdayNameJa(day));
    rest = rest.replace(pattern, ' ');
  }
  const yearEnd = rest.search(YEAR_END_WORDS) >= 0;
  rest = rest.replace(YEAR_END_WORDS, ' ');
  if (days.length === 0 && !yearEnd) return { term: normalizeQuery(typed), filters, yearEnd };
  const words = rest.split(' ').filter((word) => !FILLER.test(word));
  const asked: Filters = { ...filters };
  if (days.length > 0) asked[FILTER.weekday] = [...new Set([...(filters[FILTER.weekday] ?? []), ...days])];
  if (yearEnd) asked[FILTER.kind] = [KIND.hub];
  return { term: words.length > 0 ? words.join(' ') : null, filters: asked, yearEnd };
}
