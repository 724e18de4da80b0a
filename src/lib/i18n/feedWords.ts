import { EN } from './en';
import { JA } from './ja';
import type { ScheduleWords } from './words';

/**
 * What a calendar feed says, in the languages feeds are published in: Japanese, and English for
 * the English pages (やさしい日本語 pages offer the Japanese feed). Event UIDs do not depend on
 * the language, so a subscriber of both sees each day once.
 */
export interface FeedWords {
  locale: 'ja' | 'en';
  schedule: ScheduleWords;
  open: string;
  special: string;
  hours: string;
  notice: string;
  phone: string;
  more: string;
  calendarName(hubName: string): string;
  calendarDescription(municipality: string, hubName: string, summary: string, phone: string): string;
}

export const FEED_JA: FeedWords = {
  locale: 'ja',
  schedule: JA,
  open: '開所',
  special: '特別開所',
  hours: '開所時間',
  notice: 'お知らせ',
  phone: '電話',
  more: 'くわしくは',
  calendarName: (hubName) => `${hubName} 開所日`,
  calendarDescription: (municipality, hubName, summary, phone) =>
    `${municipality}の共生型地域交流拠点「${hubName}」の開所日です。${summary}。電話 ${phone}。`,
};

export const FEED_EN: FeedWords = {
  locale: 'en',
  schedule: EN,
  open: 'open',
  special: 'special opening',
  hours: 'Hours',
  notice: 'Note',
  phone: 'Phone',
  more: 'More',
  calendarName: (hubName) => `${hubName}: opening days`,
  calendarDescription: (_municipality, hubName, summary, phone) =>
    `The opening days of ${hubName}, a community hub open to everyone. ${summary}. Phone ${phone}.`,
};
