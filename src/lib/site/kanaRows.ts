/** The 五十音 rows (あ行, か行, …) that a list in よみがな order is indexed by. */
export const KANA_ROWS = [
  { label: 'あ行', kana: 'あいうえお' },
  { label: 'か行', kana: 'かきくけこ' },
  { label: 'さ行', kana: 'さしすせそ' },
  { label: 'た行', kana: 'たちつてと' },
  { label: 'な行', kana: 'なにぬねの' },
  { label: 'は行', kana: 'はひふへほ' },
  { label: 'ま行', kana: 'まみむめも' },
  { label: 'や行', kana: 'やゆよ' },
  { label: 'ら行', kana: 'らりるれろ' },
  { label: 'わ行', kana: 'わゐゑをん' },
] as const;

export type KanaRow = (typeof KANA_ROWS)[number]['label'];

const SMALL_KANA: Record<string, string> = {
  ぁ: 'あ',
  ぃ: 'い',
  ぅ: 'う',
  ぇ: 'え',
  ぉ: 'お',
  っ: 'つ',
  ゃ: 'や',
  ゅ: 'ゆ',
  ょ: 'よ',
  ゎ: 'わ',
  ゕ: 'か',
  ゖ: 'け',
};

/**
 * The row a reading is filed under, from its first kana: が under か行 and ぱ under は行 (the
 * voiced marks come off by decomposition), small kana under their full-size letter. The
 * schema allows ー, ・ and spaces in a reading: they are skipped.
 */
export function kanaRowOf(reading: string): KanaRow | undefined {
  const first = [...reading].find((character) => /\p{Script=Hiragana}/u.test(character));
  const bare = first?.normalize('NFD')[0];
  if (bare === undefined) return undefined;
  const letter = SMALL_KANA[bare] ?? bare;
  return KANA_ROWS.find((row) => row.kana.includes(letter))?.label;
}
