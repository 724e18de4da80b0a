import type { PageWords } from './pageWords';
import { placeNameEn } from './placeNames';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The English site's words. Names, addresses and staff text stay in Japanese, marked `lang="ja"`. */
export const PAGE_WORDS_EN: PageWords = {
  siteTitle: (_japaneseTitle, municipality) => {
    const place = placeNameEn(municipality);
    return place ? `Community hubs in ${place}` : 'Community hubs';
  },
  skipLink: 'Skip to main content',
  mainNav: 'Main pages',
  languageNav: 'Language',
  home: 'Home',
  breadcrumbs: 'You are here',
  updated: 'Updated',
  updatedDate: (date) => `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`,
  allHubs: 'All hubs',
  hubList: { area: 'Area', schedule: 'Days and hours' },
  hubDescription: (name, _area, municipality, summary, phone) =>
    `${name}: a community hub open to everyone${placeNameEn(municipality) ? ` in ${placeNameEn(municipality)}` : ''}. ${summary}. Phone ${phone}.`,
  jsonLdDescription: (municipality, summary) =>
    `A community hub open to everyone${placeNameEn(municipality) ? ` in ${placeNameEn(municipality)}` : ''}. ${summary}`,
  phone: 'Phone',
  punctuation: { open: ' (', close: ')', stop: '.' },
  statusHeading: 'Open today?',
  factsHeading: 'About this hub',
  facts: {
    days: 'Opening days',
    hours: 'Opening hours',
    address: 'Address',
    addressNote: (municipality, prefecture) => {
      const place = [placeNameEn(municipality), placeNameEn(prefecture)];
      return place.every(Boolean) ? place.join(', ') : undefined;
    },
    map: 'Find it on a map (Google Maps)',
    area: 'Area',
    phone: 'Phone',
    operator: 'Run by',
    audiences: 'For',
    activities: 'Activities',
    accessibility: 'Accessibility',
    accessibilityUnknown: 'Not recorded yet. Please ask the hub about steps, toilets and the like.',
  },
  calendarHeading: 'Opening days calendar',
  irregularCalendarNote:
    'This hub has no fixed weekdays. Its opening days are announced month by month. “Not decided” means the days are not recorded yet.',
  holidaysIncluded: 'National holidays and temporary closures are included.',
  unconfirmedNote: '“Ask the hub” days are the New Year holidays. Please ask the hub whether it opens',
  usualHoursNote: (hours) => `On opening days shown without times, the hub opens at its usual hours (${hours}).`,
  awaitingWithNotice: 'The opening days are announced month by month. Please see the latest notice.',
  awaitingWithoutNotice:
    'The opening days are announced month by month. No coming days are recorded yet. Please call before you go.',
  seeNoticesToo: 'Please also see the hub’s notice of its opening days.',
  calendarAfterNotice: 'The calendar shows the days once they are recorded. Until then, please see the notice above.',
  calendarNotYet: 'The days for this month and next month are not recorded yet. They will appear here once decided.',
  photosHeading: 'Photos',
  aboutHeading: 'About this hub (in Japanese)',
  inJapanese: 'In Japanese',
  noticeLabel: (month, type, size) =>
    `Opening days for ${MONTHS[Number(month.slice(5, 7)) - 1]} (${type}${size ? `, ${size}` : ''}, in Japanese)`,
  contact: {
    heading: 'Contact',
    phone: 'Phone',
    fax: 'Fax',
    mailForm: 'Contact form (in Japanese)',
    cityPage: () => 'The city’s page on community hubs (in Japanese)',
  },
  subscribe: {
    title: 'Add to your calendar',
    thisHub: 'this hub',
    intro: (subject) =>
      `You can add the opening days of ${subject} to the calendar on your phone or computer. Once added, holidays and temporary closures update by themselves (it can take half a day to a day).`,
    apple: 'Add to the calendar on iPhone, iPad or Mac',
    google: 'Add to Google Calendar on Android (or from a computer)',
    otherApps:
      'In Outlook and other calendars on a computer, copy this address and paste it under “Subscribe from web” or “Add by URL”.',
    addressLabel: 'Calendar address: ',
    download: 'Download the calendar file (.ics)',
    downloadNote:
      ': a one-time copy of today’s opening days. Later changes will not reach it. To stay up to date, add the calendar as above.',
    qrAlt: (hubName) => `QR code to add the opening days of ${hubName} to your calendar`,
    qrCaption: (title) =>
      `Scan this QR code with your phone’s camera to open “${title}” on this page, with the buttons for iPhone and Android.`,
    help: 'How to add a calendar (iPhone, Android, Outlook), in Japanese',
    awaitingDays:
      'No opening days are recorded yet, so the calendar has no events. Once added, the days appear by themselves when they are decided (within half a day to a day).',
  },
  footer: { hubs: 'All hubs', openData: 'Open data (in Japanese)', accessibility: 'Accessibility (in Japanese)' },
  translatedHome: {
    lead: (municipality, count) =>
      `Community hubs are places where anyone, young or old, can drop in and meet people nearby. There are ${count} in ${placeNameEn(municipality) ?? municipality}. Each page below says when a hub is open.`,
    hubsHeading: 'All hubs',
    japaneseSite: 'Japanese pages',
  },
};
