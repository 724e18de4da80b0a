/**
 * Synthetic content for benchmarks: N hubs that look like real ones to the build (weekly and
 * irregular schedules, 13 months of calendars, closures, special openings, Japanese text of
 * realistic length) but are plainly made up (「ベンチ交流サロン0001」, 0798-90-xxxx).
 * Deterministic: the same seed and options give byte-identical files. Never point it at ./content.
 */
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isInYearEnd } from '../../src/lib/schedule/engine';
import { holidayName } from '../../src/lib/schedule/holidays';
import { addDays, addMonths, daysInMonth, monthOf, tokyoDateOf, weekdayOf } from '../../src/lib/schedule/tokyoCalendar';
import { DEFAULT_YEAR_END } from '../../src/lib/schedule/types';
import { OPERATOR_KINDS } from '../../src/schema/hub';
import { WEEKDAYS, type Weekday, weekdayNameJa } from '../../src/schema/weekdays';

export interface GenerateOptions {
  /** Number of hubs. */
  hubs: number;
  /** Empty or new directory that becomes the CONTENT_DIR. */
  dir: string;
  /** The build instant: calendars cover the 13 months from its month on (Asia/Tokyo). */
  now: Date;
  seed?: number;
  /** Where settings and program pages are copied from (default ./content). */
  sourceContent?: string;
  /** Share of hubs that open on announced days (default 0.1). */
  irregularShare?: number;
}

export interface GeneratedContent {
  dir: string;
  hubs: number;
  irregularHubs: number;
  calendarFiles: number;
  /** Slugs in generation order, e.g. 'bench-hub-0001'. */
  slugs: string[];
}

/** mulberry32: small, fast, good enough for test data, and the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0)
    chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0] as T);
  return chosen;
}

const pad = (n: number, width = 4) => String(n).padStart(width, '0');
const KANA_DIGITS = ['れい', 'いち', 'に', 'さん', 'よん', 'ご', 'ろく', 'なな', 'はち', 'きゅう'];
const kanaNumber = (n: number) => [...pad(n)].map((digit) => KANA_DIGITS[Number(digit)]).join('・');

const HUB_KINDS = [
  { name: '交流サロン', kana: 'こうりゅうさろん' },
  { name: '地域カフェ', kana: 'ちいきかふぇ' },
  { name: 'みんなの居場所', kana: 'みんなのいばしょ' },
  { name: 'ふれあいの家', kana: 'ふれあいのいえ' },
  { name: 'つどいの間', kana: 'つどいのま' },
] as const;
const OPERATOR_STEMS = ['ベンチ福祉会', 'ベンチまちづくり協会', 'ベンチ地域ささえあいの会', 'ベンチ共生ネット'];
const AUDIENCES = ['高齢者', '子ども', '障害のある人', '子育て中の人', '地域のどなたでも'];
const ACTIVITIES = ['交流', '日常の悩みごとの相談', '参加者同士の見守り', '健康体操', '手芸', '囲碁・将棋', '学習支援'];
const OPENS = ['09:00', '09:30', '10:00', '10:30'];
const CLOSURE_REASONS = ['設備点検のため', '地域行事の準備のため', '研修のため', '建物の消毒作業のため'];
const SPECIAL_NOTES = [
  '地域の夏祭りに合わせて特別に開きます',
  '祝日ですが特別に開きます',
  '文化祭の作品展示を行います',
];

/** Sentences with {name}, {district}, {days} slots; joined to ~300-600 characters. */
const OPENING_SENTENCES = [
  '{name}は、{district}地区にある共生型地域交流拠点です。',
  '{name}は、{district}地区の住宅街の一角にある、だれでも立ち寄れる交流の場です。',
];
const BODY_SENTENCES = [
  '{days}に開いていて、予約はいりません。思い立ったときに、ふらりとお越しください。',
  '高齢の方、子育て中の方、障害のある方など、年齢や立場にかかわらずどなたでも参加できます。',
  'お茶を飲みながらのおしゃべりや、季節の行事、簡単な体操などを、参加する方と一緒に考えて行っています。',
  '日々の暮らしの中でのちょっとした困りごとや心配ごとも、スタッフが気軽にお聞きします。',
  '近くの小学校や自治会、民生委員の方とも協力して、地域の見守りの輪を広げています。',
  '手芸や将棋が得意な方が先生役になり、参加者同士で教え合う時間もあります。',
  '夏休みには子どもたちの宿題の時間を設けていて、地域の大人がそっと見守っています。',
  '車いすでも入りやすいよう、入口の段差を解消し、通路も広めにとっています。',
  '飲み物は一杯百円でご用意しています。持ち込みも歓迎です。',
  '運営は地域のボランティアと協力法人のスタッフが交代で担っています。',
  '初めての方には、スタッフが拠点の過ごし方をていねいにご案内しますので、安心してお越しください。',
  'ボランティアとして運営に加わっていただける方も募集しています。お気軽にお声かけください。',
];
const CLOSING_SENTENCES = [
  'ご不明な点は、お電話でお問い合わせください。',
  '行けば誰かいる、そんな場所をめざしています。',
];

function description(random: Random, name: string, district: string, days: string): string {
  const fill = (sentence: string) =>
    sentence.replaceAll('{name}', name).replaceAll('{district}', district).replaceAll('{days}', days);
  const target = between(random, 300, 500);
  const sentences = [fill(pick(random, OPENING_SENTENCES))];
  const pool = sample(random, BODY_SENTENCES, BODY_SENTENCES.length);
  let length = sentences[0]?.length ?? 0;
  while (length < target && pool.length > 0) {
    const next = fill(pool.shift() as string);
    sentences.push(next);
    length += next.length;
  }
  sentences.push(pick(random, CLOSING_SENTENCES));
  // Two or three paragraphs, as staff write them.
  const cut = Math.ceil(sentences.length / 2);
  return `${sentences.slice(0, cut).join('')}\n\n${sentences.slice(cut).join('')}\n`;
}

const yamlString = (value: string) => JSON.stringify(value);

function closesAfter(opens: string, hours: number): string {
  const [h, m] = opens.split(':').map(Number) as [number, number];
  return `${pad(h + hours, 2)}:${pad(m, 2)}`;
}

interface MonthFile {
  month: string;
  openDays: { date: string; opens?: string; note?: string }[];
  closures: { date: string; reason: string }[];
  specialOpenings: { date: string; opens?: string; closes?: string; note?: string }[];
}

function monthYaml(slug: string, file: MonthFile): string {
  const lines = [`hub: ${slug}`, `month: ${file.month}`];
  if (file.openDays.length > 0) {
    lines.push('openDays:');
    for (const day of file.openDays) {
      lines.push(`  - date: ${day.date}`);
      if (day.opens) lines.push(`    opens: ${yamlString(day.opens)}`);
      if (day.note) lines.push(`    note: ${day.note}`);
    }
  }
  if (file.closures.length > 0) {
    lines.push('closures:');
    for (const closure of file.closures) lines.push(`  - date: ${closure.date}`, `    reason: ${closure.reason}`);
  }
  if (file.specialOpenings.length > 0) {
    lines.push('specialOpenings:');
    for (const special of file.specialOpenings) {
      lines.push(`  - date: ${special.date}`);
      if (special.opens) lines.push(`    opens: ${yamlString(special.opens)}`);
      if (special.closes) lines.push(`    closes: ${yamlString(special.closes)}`);
      if (special.note) lines.push(`    note: ${special.note}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Four listed days in every Monday-to-Sunday week, chosen at random, kept within the month. */
function irregularMonth(random: Random, month: string): MonthFile {
  const dates = daysInMonth(month);
  const chosen = new Set<string>();
  let monday = dates[0] as string;
  while (weekdayOf(monday) !== 'mon') monday = addDays(monday, -1);
  for (; monday <= (dates.at(-1) as string); monday = addDays(monday, 7)) {
    const week = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
    for (const date of sample(random, week, 4)) if (monthOf(date) === month) chosen.add(date);
  }
  const openDays = [...chosen].sort().map((date) => {
    const afternoon = random() < 0.08;
    return afternoon ? { date, opens: '13:00', note: '午後のみ開きます' } : { date };
  });
  return { month, openDays, closures: [], specialOpenings: [] };
}

/** What closes a weekly hub besides its weekdays. */
interface ClosedOn {
  holidays: boolean;
  yearEnd: boolean;
}

/**
 * A closure on a usual open day and/or a special opening on a usual closed day (the others
 * would draw the build's 確認してください warnings, which synthetic content must not).
 */
function weeklyMonth(
  random: Random,
  month: string,
  weekdays: readonly Weekday[],
  opens: string,
  closedOn: ClosedOn,
): MonthFile | undefined {
  const dates = daysInMonth(month);
  const isUsual = (date: string) =>
    weekdays.includes(weekdayOf(date)) &&
    !(closedOn.holidays && holidayName(date)) &&
    !(closedOn.yearEnd && isInYearEnd(date, DEFAULT_YEAR_END));
  const usual = dates.filter(isUsual);
  const unusual = dates.filter((date) => !isUsual(date));
  const file: MonthFile = { month, openDays: [], closures: [], specialOpenings: [] };
  const closure = usual.length > 0 && random() < 0.7 ? pick(random, usual) : undefined;
  if (closure) file.closures.push({ date: closure, reason: pick(random, CLOSURE_REASONS) });
  const candidates = unusual.filter((date) => date !== closure);
  if (candidates.length > 0 && (random() < 0.5 || !closure)) {
    file.specialOpenings.push({
      date: pick(random, candidates),
      opens,
      closes: closesAfter(opens, 6),
      note: pick(random, SPECIAL_NOTES),
    });
  }
  return file.closures.length + file.specialOpenings.length > 0 ? file : undefined;
}

function hubMarkdown(fields: string[], body: string): string {
  return `---\n${fields.join('\n')}\n---\n${body}`;
}

export function generateContent(options: GenerateOptions): GeneratedContent {
  const { hubs: count, dir, now } = options;
  const random = seededRandom(options.seed ?? 20261115);
  const irregularShare = options.irregularShare ?? 0.1;
  const source = options.sourceContent ?? path.resolve(import.meta.dirname, '../../content');
  if (count < 1 || count > 9999) throw new Error('hubs must be between 1 and 9999 (phone numbers are 0798-90-xxxx)');
  if (path.resolve(dir) === path.resolve(source))
    throw new Error('synthetic content must not overwrite the real content');

  for (const sub of ['hubs', 'calendars']) mkdirSync(path.join(dir, sub), { recursive: true });
  for (const sub of ['settings', 'pages']) {
    if (existsSync(path.join(source, sub))) cpSync(path.join(source, sub), path.join(dir, sub), { recursive: true });
  }

  const firstMonth = monthOf(tokyoDateOf(now));
  const months = Array.from({ length: 13 }, (_, i) => addMonths(firstMonth, i));
  const slugs: string[] = [];
  let irregularHubs = 0;
  let calendarFiles = 0;

  for (let n = 1; n <= count; n++) {
    const slug = `bench-hub-${pad(n)}`;
    const kind = HUB_KINDS[n % HUB_KINDS.length] as (typeof HUB_KINDS)[number];
    const name = `ベンチ${kind.name}${pad(n)}`;
    const district = `ベンチ第${pad(n)}`;
    const irregular = random() < irregularShare;
    const opens = pick(random, OPENS);
    const hours = random() < 0.6 ? 6 : 7;
    const fields = [
      `slug: ${slug}`,
      `name: ${name}`,
      `nameKana: べんち${kind.kana} ${kanaNumber(n)}`,
      `district: ${district}`,
      'address:',
      `  street: ベンチ台${between(random, 1, 9)}丁目${between(random, 1, 30)}-${between(random, 1, 20)}`,
      ...(random() < 0.3 ? [`  building: ベンチ会館${between(random, 1, 3)}階`] : []),
      `phone: 0798-90-${pad(n)}`,
      'operator:',
      `  name: ${pick(random, OPERATOR_STEMS)}${between(random, 1, 99)}`,
      `  kind: ${pick(random, OPERATOR_KINDS)}`,
      'schedule:',
    ];
    let days: string;
    const monthFiles: MonthFile[] = [];
    if (irregular) {
      irregularHubs++;
      days = '月ごとにお知らせする週4日';
      fields.push(
        '  kind: irregular',
        `  opens: ${yamlString(opens)}`,
        `  closes: ${yamlString(closesAfter(opens, hours))}`,
        '  note: 週4日(曜日固定なし)',
      );
      for (const month of months) monthFiles.push(irregularMonth(random, month));
    } else {
      const pool = random() < 0.15 ? WEEKDAYS : WEEKDAYS.slice(0, 6);
      const chosen = sample(random, pool, between(random, 3, 6));
      const weekdays = WEEKDAYS.filter((day) => chosen.includes(day));
      days = `${weekdays.map(weekdayNameJa).join('・')}`;
      fields.push(
        '  kind: weekly',
        `  weekdays: [${weekdays.join(', ')}]`,
        `  opens: ${yamlString(opens)}`,
        `  closes: ${yamlString(closesAfter(opens, hours))}`,
      );
      if (random() < 0.2) {
        const day = pick(random, weekdays);
        fields.push(
          '  hoursByWeekday:',
          `    - weekday: ${day}`,
          `      opens: ${yamlString('10:00')}`,
          `      closes: ${yamlString('16:00')}`,
        );
      }
      const closedOn: ClosedOn = { holidays: random() < 0.7, yearEnd: random() < 0.85 };
      fields.push(`  closedOnHolidays: ${closedOn.holidays}`, `  overYearEnd: ${closedOn.yearEnd ? 'closed' : 'open'}`);
      if (random() < 0.3) {
        for (const month of sample(random, months, between(random, 1, 3)).sort()) {
          const file = weeklyMonth(random, month, weekdays, opens, closedOn);
          if (file) monthFiles.push(file);
        }
      }
    }
    fields.push(
      `audiences: [${sample(random, AUDIENCES, between(random, 2, 4)).join(', ')}]`,
      `activities: [${sample(random, ACTIVITIES, between(random, 2, 4)).join(', ')}]`,
    );
    if (random() < 0.4) fields.push('accessibility: 入口にスロープがあります。多目的トイレがあります。');
    writeFileSync(path.join(dir, 'hubs', `${slug}.md`), hubMarkdown(fields, description(random, name, district, days)));
    for (const file of monthFiles) {
      writeFileSync(path.join(dir, 'calendars', `${slug}-${file.month}.yaml`), monthYaml(slug, file));
      calendarFiles++;
    }
    slugs.push(slug);
  }
  return { dir, hubs: count, irregularHubs, calendarFiles, slugs };
}
