/** Place names in English, only where the romanisation is certain (the city's and prefecture's own). */
const PLACE_NAMES_EN: Record<string, string> = { 西宮市: 'Nishinomiya', 兵庫県: 'Hyogo' };

export function placeNameEn(name: string): string | undefined {
  return PLACE_NAMES_EN[name];
}

const PLACE_READINGS: Record<string, string> = { 西宮市: 'にしのみやし', 兵庫県: 'ひょうごけん' };

/** The place name with its ふりがな for やさしい日本語, where the reading is certain. */
export function placeNameEasy(name: string): string {
  const reading = PLACE_READINGS[name];
  return reading ? `{${name}|${reading}}` : name;
}
