import { READING_WEIGHT, VARIANT_WEIGHT } from '../../browser/search/options';
import { townOf } from '../../site/hubFacts';
import type { SiteHub } from '../../site/site';

/**
 * Words a resident may type that the page text does not contain: kana readings of the hub
 * and its area, and spelling variants. (Weekdays are answered by the 開所曜日 filter, see
 * browser/search/question.ts, never by words.) They are indexed from a
 * hidden block (see SearchData) at weights below any heading, so they help recall without
 * outranking what the page shows.
 */

/**
 * Readings of place names in Nishinomiya that are common knowledge. Only names whose reading
 * is certain belong here: a wrong reading would send people to the wrong hub.
 * Longer names first, so 浜甲子園 is read as はまこうしえん and not as 浜 + こうしえん.
 */
export const PLACE_READINGS: ReadonlyArray<readonly [place: string, reading: string]> = [
  ['浜甲子園', 'はまこうしえん'],
  ['西宮浜', 'にしのみやはま'],
  ['甲子園', 'こうしえん'],
  ['鳴尾', 'なるお'],
  ['今津', 'いまづ'],
  ['浜脇', 'はまわき'],
  ['安井', 'やすい'],
];

/** Groups of spellings that mean the same to a reader; one in the text brings in the others. */
export const VARIANT_GROUPS: ReadonlyArray<readonly string[]> = [
  ['子ども', 'こども', '子供'],
  ['カフェ', 'cafe', 'かふぇ'],
  ['高齢者', 'お年寄り', 'シニア'],
  ['障害のある人', '障がい', '障害者'],
  ['だがし', '駄菓子', '駄菓子屋'],
];

/** The readings of the place names found in `text`, longest match first, each once. */
export function placeReadings(text: string): string[] {
  const readings: string[] = [];
  let rest = text;
  for (const [place, reading] of PLACE_READINGS) {
    if (rest.includes(place)) {
      readings.push(reading);
      rest = rest.replaceAll(place, ' ');
    }
  }
  return readings;
}

/** Every variant whose group has a member in `text` (case-insensitive for Latin letters). */
export function variantTerms(text: string): string[] {
  const folded = text.toLowerCase();
  return VARIANT_GROUPS.filter((group) => group.some((word) => folded.includes(word.toLowerCase()))).flat();
}

/**
 * Browsers cut a kana query into pieces with Intl.Segmenter ('こうしえん' → こう|し|えん) while the
 * index was cut by a dictionary. Indexing the reading also in the browser's own pieces makes the
 * two meet. Node and the browsers share ICU's segmenter.
 */
export function queryPieces(text: string): string {
  const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
  return [...segmenter.segment(text)]
    .filter((piece) => piece.isWordLike)
    .map((piece) => piece.segment)
    .join(' ');
}

export interface SearchTerms {
  /** Kana readings of the hub's name and area. */
  readings: string[];
  /** Spelling variants. */
  variants: string[];
}

export function searchTerms(view: Pick<SiteHub, 'hub' | 'bodyHtml'>): SearchTerms {
  const { hub } = view;
  const where = [hub.district ?? '', townOf(hub.address.street), hub.address.building ?? '', hub.operator.name].join(
    ' ',
  );
  const readings = unique([hub.nameKana.replace(/\s+/g, ''), ...placeReadings(where)]);
  const said = [hub.name, ...hub.audiences, ...hub.activities, view.bodyHtml].join(' ');
  return { readings, variants: unique(variantTerms(said)) };
}

export interface HiddenTerms {
  text: string;
  weight: number;
}

/** The hidden, weighted blocks: readings whole and in the browser's query pieces; variants. */
export function hiddenTerms(terms: SearchTerms): HiddenTerms[] {
  const pieces = terms.readings.map(queryPieces).filter((piece, index) => piece !== terms.readings[index]);
  return [
    { text: unique([...terms.readings, ...pieces]).join(' '), weight: READING_WEIGHT },
    { text: terms.variants.join(' '), weight: VARIANT_WEIGHT },
  ].filter((block) => block.text.length > 0);
}

function unique(words: readonly string[]): string[] {
  return [...new Set(words.filter((word) => word.length > 0))];
}
