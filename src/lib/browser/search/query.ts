/**
 * What the visitor typed, made comparable with the index: NFKC folds half-width katakana
 * (ﾅｺﾞﾐ → ナゴミ) and full-width Latin letters and digits (ＣＡＦＥ → CAFE); spaces collapse.
 */
export function normalizeQuery(query: string): string {
  return query.normalize('NFKC').replace(/\s+/g, ' ').trim();
}
