import { operatingMonthSchema } from '../../schema/calendar';
import { hubSchema } from '../../schema/hub';
import { settingsSchema } from '../../schema/settings';
import { tokyoDateOf } from '../schedule/tokyoCalendar';
import { feedWindow, type Site, siteHub } from './site';

/**
 * A small site built in memory from schema-validated data (the same hubs as tests/fixtures/small),
 * for unit tests of machine-readable outputs. 2026-09-15 12:00 JST: the window runs
 * 2026-08-01 .. 2027-09-30 and holds 2026-09-22 (国民の休日), the year end and 2027-03-22 (振替休日).
 */
export const SAMPLE_NOW = new Date('2026-09-15T12:00:00+09:00');

export const sampleSettings = settingsSchema.parse({
  siteTitle: '西宮市 共生型地域交流拠点',
  siteDescription: 'テスト用のサイトです。',
  municipality: '西宮市',
  prefecture: '兵庫県',
  localGovernmentCode: '282049',
  office: { name: '地域共生推進課', address: '西宮市六湛寺町10-3', phone: '0798-35-3187' },
});

const hubs = [
  {
    slug: 'weekday-hub',
    name: 'テスト平日サロン',
    nameKana: 'てすとへいじつさろん',
    district: 'テスト東',
    address: { street: '六湛寺町10-3' },
    phone: '0798-00-0001',
    operator: { name: 'テスト福祉会', kind: '社会福祉法人' },
    schedule: { kind: 'weekly', weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '10:00', closes: '16:00' },
    audiences: ['高齢者'],
    activities: ['交流'],
  },
  {
    slug: 'holiday-hub',
    name: 'テスト祝日も開くカフェ',
    nameKana: 'てすとしゅくじつもひらくかふぇ',
    address: { street: '甲子園浦風町1-1', building: 'テストビル1階' },
    phone: '090-0000-0002',
    operator: { name: 'テストカフェ運営委員会', kind: '運営委員会' },
    schedule: {
      kind: 'weekly',
      weekdays: ['mon', 'wed', 'sat'],
      opens: '09:30',
      closes: '15:30',
      hoursByWeekday: [{ weekday: 'sat', opens: '10:00', closes: '12:00' }],
      closedOnHolidays: false,
      overYearEnd: 'open',
    },
    accessibility: '入口に段差があります, 「スロープ」はありません',
  },
  {
    slug: 'irregular-hub',
    name: 'テスト不定期の間',
    nameKana: 'てすとふていきのま',
    address: { street: '南昭和町4-10-102' },
    phone: '070-0000-0003',
    operator: { name: 'テスト協会', kind: '特定非営利活動法人' },
    schedule: { kind: 'irregular', opens: '10:00', closes: '17:00', note: '週4日(曜日固定なし)' },
  },
].map((data) => hubSchema.parse(data));

const months = [
  {
    hub: 'irregular-hub',
    month: '2026-10',
    openDays: [
      { date: '2026-10-01' },
      { date: '2026-10-02' },
      { date: '2026-10-05' },
      { date: '2026-10-06', opens: '13:00', note: '午後のみ' },
      { date: '2026-10-07' },
      { date: '2026-10-08' },
      { date: '2026-10-12' },
    ],
  },
  {
    hub: 'weekday-hub',
    month: '2026-10',
    closures: [{ date: '2026-10-07', reason: '設備点検のため' }],
    specialOpenings: [{ date: '2026-10-12', opens: '13:00', closes: '16:00', note: 'スポーツの日の特別開所' }],
  },
].map((data) => operatingMonthSchema.parse(data));

export function sampleSite(now: Date = SAMPLE_NOW): Site {
  const views = hubs.map((hub) =>
    siteHub(
      { file: `hubs/${hub.slug}.md`, data: hub, body: `${hub.name}のテスト用の紹介です。` },
      months.filter((month) => month.hub === hub.slug).map((data) => ({ data })),
      sampleSettings,
      now,
    ),
  );
  return {
    settings: sampleSettings,
    hubs: views,
    pages: [],
    warnings: [],
    now,
    today: tokyoDateOf(now),
    window: feedWindow(now),
  };
}
