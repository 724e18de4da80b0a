/**
 * Pagefind search options shared by the browser UI and the tests, so the tests rank exactly
 * as residents see. The title's default weight lets a page titled ごみ beat まちCafeなごみ for
 * なごみ (the query is cut into な|ごみ); weighted like body text, the hub's own words win.
 */
export const SEARCH_OPTIONS = {
  ranking: { metaWeights: { title: 1 } },
  excerptLength: 24,
} as const;

/**
 * Weights of the hidden search words (Pagefind: body text 1, headings 2 to 7).
 * Variants stay low: they only widen recall. Readings need a little more than body text: the
 * browser cuts なるお into なる|お, and program pages full of 〜となる otherwise outrank the
 * hub in 鳴尾 (measured: 0.5 and 1 lose, 1.5 wins). Still below every heading.
 */
export const READING_WEIGHT = 1.5;
export const VARIANT_WEIGHT = 0.5;
