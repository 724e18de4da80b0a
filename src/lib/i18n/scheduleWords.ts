import { EASY } from './easy';
import { EN } from './en';
import { JA } from './ja';
import type { Locale } from './locales';
import type { ScheduleWords } from './words';

const WORDS: Record<Locale, ScheduleWords> = { ja: JA, en: EN, easy: EASY };

/** The schedule engine's words in a language. */
export function scheduleWords(locale: Locale): ScheduleWords {
  return WORDS[locale];
}
