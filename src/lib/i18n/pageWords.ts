import type { Locale } from './locales';
import { PAGE_WORDS_EASY } from './pageWordsEasy';
import { PAGE_WORDS_EN } from './pageWordsEn';
import { PAGE_WORDS_JA } from './pageWordsJa';

/**
 * The words of the pages themselves (headings, labels, notes), per language. Facts come from
 * content and the engine (./words.ts); these only frame them. Easy Japanese carries ふりがな
 * as `{漢字|かんじ}` (./ruby.ts).
 */
export interface PageWords {
  /** The site's name in the header (the Japanese one is the staff's, in settings). */
  siteTitle(japaneseTitle: string, municipality: string): string;
  skipLink: string;
  mainNav: string;
  languageNav: string;
  home: string;
  breadcrumbs: string;
  updated: string;
  /** '2026-11-25' as the page's 更新日 reads. */
  updatedDate(date: string): string;
  allHubs: string;
  /** The labels of a hub's card in the list of hubs. */
  hubList: { area: string; schedule: string };
  /** The description of a hub page for search engines and shares. */
  hubDescription(name: string, area: string, municipality: string, summary: string, phone: string): string;
  /** A hub's description in its structured data (JSON-LD). */
  jsonLdDescription(municipality: string, summary: string): string;
  phone: string;
  /** Brackets and the full stop, around and after a phone number in a sentence. */
  punctuation: { open: string; close: string; stop: string };
  statusHeading: string;
  factsHeading: string;
  facts: {
    days: string;
    hours: string;
    address: string;
    /** The place in English where it is certain ('Nishinomiya, Hyogo'), after the Japanese address. */
    addressNote(municipality: string, prefecture: string): string | undefined;
    map: string;
    area: string;
    phone: string;
    operator: string;
    audiences: string;
    activities: string;
    accessibility: string;
    accessibilityUnknown: string;
  };
  calendarHeading: string;
  irregularCalendarNote: string;
  holidaysIncluded: string;
  unconfirmedNote: string;
  usualHoursNote(hours: string): string;
  awaitingWithNotice: string;
  awaitingWithoutNotice: string;
  seeNoticesToo: string;
  calendarAfterNotice: string;
  calendarNotYet: string;
  photosHeading: string;
  aboutHeading: string;
  /** Said before text that staff wrote in Japanese, on a page in another language. */
  inJapanese: string | undefined;
  /** 「12月の運営日(PDF:43KB)」 for a notice of `month` with the file's type and size. */
  noticeLabel(month: string, type: string, size: string | undefined): string;
  contact: {
    heading: string;
    phone: string;
    fax: string;
    mailForm: string;
    cityPage(municipality: string): string;
  };
  footer: { hubs: string; openData: string; accessibility: string };
  /** 「カレンダーに登録」: the ways to subscribe to a hub's feed. */
  subscribe: {
    title: string;
    thisHub: string;
    intro(subject: string): string;
    apple: string;
    google: string;
    otherApps: string;
    addressLabel: string;
    download: string;
    downloadNote: string;
    qrAlt(hubName: string): string;
    qrCaption(title: string): string;
    help: string;
    /** A hub with no days on record yet: what a subscriber gets, and when. */
    awaitingDays: string;
  };
  /** The home page of a translated site. */
  translatedHome: { lead(municipality: string, count: number): string; hubsHeading: string; japaneseSite: string };
}

const PAGE_WORDS: Record<Locale, PageWords> = { ja: PAGE_WORDS_JA, en: PAGE_WORDS_EN, easy: PAGE_WORDS_EASY };

export function pageWords(locale: Locale): PageWords {
  return PAGE_WORDS[locale];
}
