import { dayJa, hoursJa } from './japaneseText';
import { isOpenAt, nextOpening, type OpenDay } from './schedule';
import { instantAt, tokyoDateOf } from './tokyoCalendar';

export interface OpeningStatus {
  open: boolean;
  text: string;
}

/**
 * "Open now?" in words for one instant. Runs at build time and again in the reader's
 * browser (the page embeds its open days), so both always say the same thing.
 */
export function openingStatus(days: readonly OpenDay[], now: Date): OpeningStatus {
  const today = tokyoDateOf(now);
  if (isOpenAt(days, now)) {
    const day = days.find((candidate) => candidate.date === today) as OpenDay;
    return { open: true, text: `いま開いています(本日は${hoursJa(day.opens, day.closes)})。` };
  }
  const next = nextOpening(days, now);
  if (!next) return { open: false, text: '次の開所日はまだ決まっていません。拠点にお問い合わせください。' };
  const when = next.date === today ? '本日' : dayJa(next.date);
  const before = next.date === today && now < instantAt(next.date, next.opens);
  return {
    open: false,
    text: before
      ? `いまは開所時間外です。本日は${hoursJa(next.opens, next.closes)}に開きます。`
      : `いまは閉まっています。次の開所は${when} ${hoursJa(next.opens, next.closes)}です。`,
  };
}
