import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { operatingMonthSchema } from './calendar';
import { hubSchema } from './hub';

// Exactly as Decap writes a hub: unquoted dates and times.
const decapHub = `slug: test-hub
name: テスト拠点
nameKana: てすときょてん
address:
  street: 六湛寺町10-3
phone: 0798-35-3187
operator:
  name: テスト会
  kind: 社会福祉法人
schedule:
  kind: weekly
  weekdays:
    - mon
    - tue
    - wed
  opens: 09:30
  closes: 15:30
updated: 2026-10-08
`;

describe('hubSchema', () => {
  it('accepts YAML as Decap writes it, through the YAML reader Astro uses (dates become Date objects)', () => {
    const hub = hubSchema.parse(yaml.load(decapHub));
    expect(hub.updated).toBe('2026-10-08');
    expect(hub.schedule.opens).toBe('09:30');
    expect(hub.schedule.closedOnHolidays).toBe(true);
    expect(hub.audiences).toEqual([]);
  });

  it('accepts what a Japanese IME types in numeric fields, stored half-width', () => {
    const hub = hubSchema.parse({
      ...(yaml.load(decapHub) as object),
      phone: '０７９８－２０－２３３３',
      schedule: { kind: 'weekly', weekdays: ['mon'], opens: '９：３０', closes: '1600' },
      updated: '２０２７年１月２０日',
      coordinates: { lat: '３４．７２３８', lng: '135.3622' },
    });
    expect(hub.phone).toBe('0798-20-2333');
    expect(hub.schedule).toMatchObject({ opens: '09:30', closes: '16:00' });
    expect(hub.updated).toBe('2027-01-20');
    expect(hub.coordinates).toEqual({ lat: 34.7238, lng: 135.3622 });
  });

  it.each(['090-4831-1303', '0798-20-2333', '070-8363-6171', '050-1234-5678', '0120-123-456', '0800-123-4567'])(
    'accepts the real phone number %s',
    (phone) => {
      expect(hubSchema.parse({ ...(yaml.load(decapHub) as object), phone }).phone).toBe(phone);
    },
  );

  it('accepts the same YAML read strictly (dates stay strings)', () => {
    const hub = hubSchema.parse(yaml.load(decapHub, { schema: yaml.CORE_SCHEMA }));
    expect(hub.updated).toBe('2026-10-08');
  });

  it.each([
    [
      'closing before opening',
      { schedule: { kind: 'weekly', weekdays: ['mon'], opens: '16:00', closes: '10:00' } },
      'schedule.closes',
      '閉所時刻は開所時刻より後',
    ],
    ['a phone number that is not one', { phone: '0798-35' }, 'phone', '電話番号'],
    ['a phone number with too many digits', { phone: '0798-353-1870' }, 'phone', '数字が11桁です。固定電話'],
    [
      'a mobile number with too few digits',
      { phone: '090-483-1303' },
      'phone',
      '数字が10桁です。090で始まる番号は11桁',
    ],
    [
      'a time that is not HH:MM',
      { schedule: { kind: 'weekly', weekdays: ['mon'], opens: '25:00', closes: '16:00' } },
      'schedule.opens',
      '24時間制',
    ],
    [
      'a weekly hub without weekdays',
      { schedule: { kind: 'weekly', opens: '10:00', closes: '16:00' } },
      'schedule.weekdays',
      '開所曜日',
    ],
    [
      'an irregular hub without a note',
      { schedule: { kind: 'irregular', opens: '10:00', closes: '16:00' } },
      'schedule.note',
      'メモ',
    ],
    ['a slug with Japanese', { slug: 'なごみ' }, 'slug', '半角英小文字'],
    ['a reading in katakana', { nameKana: 'テスト' }, 'nameKana', 'ひらがな'],
    ['an impossible date', { updated: '2026-02-30' }, 'updated', '存在する日付'],
    ['an unknown key', { website: 'x' }, '', 'website'],
    ['a photo without alt text', { photos: [{ src: '/images/a.jpg' }] }, 'photos.0.alt', '代替テキスト'],
    ['coordinates outside 西宮市', { coordinates: { lat: 35.68, lng: 139.76 } }, 'coordinates.lat', ''],
    ['a huge name', { name: 'あ'.repeat(500) }, 'name', '60文字以内'],
  ])('refuses %s', (_case, patch, field, message) => {
    const result = hubSchema.safeParse({ ...(yaml.load(decapHub) as object), ...patch });
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((candidate) => candidate.path.join('.') === field);
    expect(issue, JSON.stringify(result.error?.issues)).toBeDefined();
    expect(issue?.message).toContain(message);
  });
});

describe('operatingMonthSchema', () => {
  const month = `hub: ochanoma-puchi-dagashiyasan
month: 2026-12
openDays:
  - date: 2026-12-01
  - date: 2026-12-02
    opens: 13:00
closures:
  - date: 2026-12-10
    reason: 設備点検のため
`;

  it('accepts a month as Decap writes it', () => {
    const parsed = operatingMonthSchema.parse(yaml.load(month));
    expect(parsed.openDays.map((day) => day.date)).toEqual(['2026-12-01', '2026-12-02']);
    expect(parsed.openDays[1]?.opens).toBe('13:00');
    expect(parsed.specialOpenings).toEqual([]);
  });

  it('refuses a day outside the month and a duplicated date', () => {
    const result = operatingMonthSchema.safeParse({
      ...(yaml.load(month) as object),
      closures: [
        { date: '2027-01-05', reason: '点検' },
        { date: '2026-12-01', reason: '点検' },
      ],
    });
    const messages = result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(messages).toEqual([
      'closures.0.date: 2027-01-05 は対象の月(2026-12)の日付ではありません。対象の月の日付にしてください。',
      'closures.1.date: 2026-12-01 は「運営日(曜日固定なしの拠点)」の1件目にも登録されています。1回にしてください。',
    ]);
  });

  it('refuses hours in the wrong order on a listed day', () => {
    const result = operatingMonthSchema.safeParse({
      hub: 'x',
      month: '2026-12',
      openDays: [{ date: '2026-12-01', opens: '15:00', closes: '11:00' }],
    });
    expect(result.error?.issues[0]?.path).toEqual(['openDays', 0, 'closes']);
  });
});
