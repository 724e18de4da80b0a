import { describe, expect, it } from 'vitest';
import { hubSchema } from '../../schema/hub';
import { openingStatus } from '../schedule/openingStatus';
import { DEFAULT_YEAR_END } from '../schedule/types';
import { sampleSite } from '../site/sampleSite.fixture';
import { EASY } from './easy';
import { EN } from './en';
import { LOCALES } from './locales';
import { PAGE_WORDS_EASY } from './pageWordsEasy';
import { withoutRuby } from './ruby';
import { scheduleWords } from './scheduleWords';
import type { ScheduleWords } from './words';

const schedule = (value: object) => hubSchema.shape.schedule.parse(value);
const weekdays = schedule({
  kind: 'weekly',
  weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
  opens: '09:00',
  closes: '16:00',
  hoursByWeekday: [{ weekday: 'sat', opens: '10:00', closes: '12:00' }],
});
const unconfirmed = schedule({
  kind: 'weekly',
  weekdays: ['mon', 'wed', 'thu'],
  opens: '09:30',
  closes: '15:30',
  overYearEnd: 'unconfirmed',
});
const days = [
  { date: '2026-11-24', opens: '10:00', closes: '16:00' },
  { date: '2026-11-26', opens: '09:30', closes: '15:30' },
];

describe('English', () => {
  it('says a schedule the way the issue writes it', () => {
    expect(EN.summary(weekdays, DEFAULT_YEAR_END)).toBe(
      'Monday to Saturday, 9:00–16:00 (Saturday 10:00–12:00); closed on national holidays and the New Year holidays (29 Dec–3 Jan)',
    );
    expect(EN.openingDays(unconfirmed)).toBe('Monday, Wednesday, Thursday');
    expect(EN.closures(unconfirmed, DEFAULT_YEAR_END)).toBe(
      'closed on national holidays; ask the hub whether it opens over the New Year holidays (29 Dec–3 Jan)',
    );
  });

  it('says open now and the next opening from the same days as Japanese', () => {
    expect(openingStatus(days, new Date('2026-11-24T03:00:00Z'), { words: EN }).text).toBe(
      'Open now (today 10:00–16:00).',
    );
    expect(openingStatus(days, new Date('2026-11-24T08:00:00Z'), { words: EN }).text).toBe(
      'Closed now. Next open Thu 26 Nov, 9:30–15:30.',
    );
    expect(openingStatus(days, new Date('2026-11-23T23:00:00Z'), { words: EN }).text).toBe(
      'Not open yet. Open today 10:00–16:00.',
    );
  });
});

describe('やさしい日本語', () => {
  it('reads times in ごぜん/ごご and days of the month by their own readings', () => {
    expect(EASY.hours('09:30', '12:00')).toBe('ごぜん9じ30ぷん から ひる12じ まで');
    expect(EASY.hours('13:15', '16:45')).toBe('ごご1じ15ふん から ごご4じ45ふん まで');
    expect(EASY.day('2026-12-01')).toBe('12{月|がつ}{1日|ついたち}({火曜日|かようび})');
    expect(EASY.day('2026-11-20')).toBe('11{月|がつ}{20日|はつか}({金曜日|きんようび})');
    expect(EASY.day('2026-11-25')).toBe('11{月|がつ}25{日|にち}({水曜日|すいようび})');
  });

  it('writes short sentences, one idea each, with no double negative', () => {
    const summary = EASY.summary(unconfirmed, DEFAULT_YEAR_END);
    expect(withoutRuby(summary)).toBe(
      '月曜日、水曜日、木曜日、ごぜん9じ30ぷん から ごご3じ30ぷん まで あいています。祝日は 休みです。年末年始(12月29日から 1月3日まで)に あいているかは、電話で きいてください',
    );
    for (const sentence of withoutRuby(summary).split('。')) expect(sentence.length).toBeLessThanOrEqual(60);
    expect(summary).not.toMatch(/ないわけでは|なくは/);
  });

  it('puts ふりがな on every kanji it writes', () => {
    const site = sampleSite();
    const texts = [
      ...site.hubs.flatMap(({ hub, yearEnd }) => [
        EASY.summary(hub.schedule, yearEnd),
        EASY.openingHours(hub.schedule),
        EASY.closures(hub.schedule, yearEnd),
      ]),
      ...Object.values(EASY.status).flatMap((say) =>
        typeof say === 'function'
          ? [say('2026{年|ねん}', '12{月|がつ}')]
          : typeof say === 'string'
            ? [say]
            : Object.values(say),
      ),
      ...Object.values(EASY.cell).map((say) => (typeof say === 'function' ? say('2026-12') : say)),
      ...Object.values(PAGE_WORDS_EASY.facts).map((say) => (typeof say === 'function' ? (say('', '') ?? '') : say)),
      PAGE_WORDS_EASY.translatedHome.lead('西宮市', 9),
      PAGE_WORDS_EASY.siteTitle('', '西宮市'),
      PAGE_WORDS_EASY.updatedDate('2026-11-25'),
      PAGE_WORDS_EASY.noticeLabel('2026-12', 'PDF', '43KB'),
    ];
    const bare = texts
      .map((text) => text.replace(/\{[^|{}]+\|[^{}]+\}/g, ''))
      .filter((text) => /\p{sc=Han}/u.test(text));
    expect(bare).toEqual([]);
    expect(texts.join('')).toContain('{');
  });
});

describe('every language', () => {
  it('has words for every state and sentence, never empty', () => {
    for (const locale of LOCALES) {
      const words: ScheduleWords = scheduleWords(locale);
      expect(words.locale).toBe(locale);
      const { openToday, ...sentences } = words.status;
      for (const [name, value] of Object.entries({ ...sentences, ...openToday, ...words.cell })) {
        const text = typeof value === 'function' ? value('x', 'y') : value;
        expect(text.trim(), `${locale} ${name}`).not.toBe('');
      }
    }
  });

  it('keeps Japanese out of the English engine', () => {
    const site = sampleSite();
    const english = site.hubs.flatMap(({ hub, yearEnd }) =>
      hub.schedule.kind === 'weekly' ? [EN.summary(hub.schedule, yearEnd)] : [EN.openingDays(hub.schedule)],
    );
    expect(english.filter((text) => /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u.test(text))).toEqual([]);
  });
});
