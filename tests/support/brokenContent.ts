import { mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Broken content, one case a row: what is done to a copy of tests/fixtures/small and what staff must be told. */
export interface BrokenContentCase {
  name: string;
  change: (root: string) => void;
  /** The file the message must name (path ending). */
  file: string;
  /** The field's Japanese labels the message must name ('' for the whole file), never its path in the file. */
  fieldLabel: string;
  /** Words the message must contain. */
  message: string;
}

export const WEEKDAY_HUB = 'hubs/weekday-hub.md';
const WEEKDAY_MONTH = 'calendars/weekday-hub-2026-10.yaml';
const SETTINGS = 'settings/site.yaml';
/** The fixture every case starts from: outside each test's copy, so links to it point outside content. */
const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/small');

export function edit(root: string, file: string, from: string | RegExp, to: string): void {
  const target = path.join(root, file);
  const text = readFileSync(target, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`edit did not apply to ${file}`);
  writeFileSync(target, next);
}

type Row = [string, (root: string) => void, string, string, string];

const rows: Row[] = [
  [
    'invalid YAML',
    (root) => edit(root, WEEKDAY_HUB, 'name: テスト平日サロン', 'name: [テスト'),
    WEEKDAY_HUB,
    '',
    'YAMLの書き方',
  ],
  [
    'a wrong type',
    (root) => edit(root, WEEKDAY_HUB, /weekdays: \[.*\]/, 'weekdays: 平日'),
    WEEKDAY_HUB,
    '開所日と時間 › 開所曜日',
    '形式が違います',
  ],
  [
    'an unknown key',
    (root) => edit(root, WEEKDAY_HUB, 'phone:', 'fax: 0798-00-0000\nphone:'),
    WEEKDAY_HUB,
    '',
    '知らない項目「fax」',
  ],
  [
    'a missing required field',
    (root) => edit(root, WEEKDAY_HUB, /phone: .*\n/, ''),
    WEEKDAY_HUB,
    '電話番号',
    '電話番号を入力',
  ],
  [
    'an impossible date',
    (root) => edit(root, 'calendars/weekday-hub-2026-10.yaml', '2026-10-07', '2026-10-32'),
    'calendars/weekday-hub-2026-10.yaml',
    '臨時休業 › 1件目 › 日付',
    '存在する日付',
  ],
  [
    'closing before opening',
    (root) => edit(root, WEEKDAY_HUB, 'closes: "16:00"', 'closes: "09:00"'),
    WEEKDAY_HUB,
    '開所日と時間 › 閉所時刻',
    '閉所時刻は開所時刻より後',
  ],
  [
    'a date listed twice',
    (root) => edit(root, 'calendars/irregular-hub-2026-10.yaml', '2026-10-02', '2026-10-01'),
    'calendars/irregular-hub-2026-10.yaml',
    '運営日(曜日固定なしの拠点) › 2件目 › 日付',
    'にも登録されています',
  ],
  [
    'a calendar for an unknown hub',
    (root) => edit(root, 'calendars/weekday-hub-2026-10.yaml', 'hub: weekday-hub', 'hub: no-such-hub'),
    'calendars/weekday-hub-2026-10.yaml',
    '拠点',
    '登録されていません',
  ],
  [
    'a duplicate slug',
    (root) => edit(root, 'hubs/holiday-hub.md', 'slug: holiday-hub', 'slug: weekday-hub'),
    'hubs/weekday-hub.md',
    'URL用の名前',
    'でも使われています',
  ],
  [
    'operating days for a weekly hub',
    (root) =>
      writeFileSync(
        path.join(root, 'calendars/weekday-hub-2026-11.yaml'),
        'hub: weekday-hub\nmonth: 2026-11\nopenDays:\n  - date: 2026-11-03\n',
      ),
    'calendars/weekday-hub-2026-11.yaml',
    '運営日(曜日固定なしの拠点)',
    '特別開所',
  ],
  [
    'two calendars for one month',
    (root) =>
      writeFileSync(path.join(root, 'calendars/weekday-hub-2026-10-copy.yaml'), 'hub: weekday-hub\nmonth: 2026-10\n'),
    'calendars/weekday-hub-2026-10.yaml',
    '対象の月',
    '1つにまとめて',
  ],
  ['an empty file', (root) => writeFileSync(path.join(root, WEEKDAY_HUB), ''), WEEKDAY_HUB, '', 'ファイルが空'],
  [
    'a file that is not UTF-8',
    (root) =>
      writeFileSync(
        path.join(root, WEEKDAY_HUB),
        Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x83, 0x65, 0x83, 0x58, 0x83, 0x67]),
      ),
    WEEKDAY_HUB,
    '',
    'UTF-8',
  ],
  [
    'a huge file',
    (root) => writeFileSync(path.join(root, WEEKDAY_HUB), `---\nslug: x\n---\n${'あ'.repeat(300_000)}`),
    WEEKDAY_HUB,
    '',
    'ファイルが大きすぎます',
  ],
  [
    'a Markdown file without frontmatter',
    (root) => writeFileSync(path.join(root, WEEKDAY_HUB), '# 見出しだけ\n'),
    WEEKDAY_HUB,
    '',
    'フロントマター',
  ],
  [
    'frontmatter that is a list',
    (root) => writeFileSync(path.join(root, WEEKDAY_HUB), '---\n- a\n- b\n---\n'),
    WEEKDAY_HUB,
    '',
    '「名前: 値」',
  ],
  [
    'a program page on a reserved URL',
    (root) => edit(root, 'pages/about.md', 'slug: about', 'slug: hubs'),
    'pages/about.md',
    'URL用の名前',
    'サイトの仕組み',
  ],
  [
    'a missing comma in a list',
    (root) => edit(root, WEEKDAY_HUB, 'audiences: [高齢者]', 'audiences: ["高齢者" "子ども"]'),
    WEEKDAY_HUB,
    '',
    'カンマ(,)が抜けています',
  ],
  [
    'an unknown key with an escape sequence',
    (root) => edit(root, WEEKDAY_HUB, 'phone:', '"\\e[2Jfax": 0798-00-0000\nphone:'),
    WEEKDAY_HUB,
    '',
    '知らない項目「<U+001B>[2Jfax」',
  ],
  [
    'a dangling symlink',
    (root) => symlinkSync(path.join(root, 'hubs/deleted-hub.md'), path.join(root, 'hubs/ghost.md')),
    'hubs/ghost.md',
    '',
    'リンク先のファイルが見つかりません',
  ],
  [
    'a folder named like a Markdown file',
    (root) => mkdirSync(path.join(root, 'hubs/new-hub.md')),
    'hubs/new-hub.md',
    '',
    'フォルダは読み込みません',
  ],
  [
    'a folder named like a YAML file',
    (root) => mkdirSync(path.join(root, 'calendars/weekday-hub-2026-11.yaml')),
    'calendars/weekday-hub-2026-11.yaml',
    '',
    'フォルダは読み込みません',
  ],
  [
    'an upper-case extension',
    (root) => renameSync(path.join(root, WEEKDAY_HUB), path.join(root, 'hubs/weekday-hub.MD')),
    'hubs/weekday-hub.MD',
    '',
    '大文字と小文字が違う',
  ],
  [
    'a file the collection does not read',
    (root) => writeFileSync(path.join(root, 'hubs/new-hub.txt'), 'メモ'),
    'hubs/new-hub.txt',
    '',
    '「.md」で終わるファイルだけです',
  ],
  [
    'a file name with a control character',
    (root) => renameSync(path.join(root, WEEKDAY_HUB), path.join(root, 'hubs/\u001b[2Jweekday-hub.md')),
    'hubs/<U+001B>[2Jweekday-hub.md',
    '',
    'ファイル名に問題があります',
  ],
  [
    'a symlinked file pointing outside content',
    (root) => symlinkSync(path.join(FIXTURE, WEEKDAY_HUB), path.join(root, 'hubs/outside-hub.md')),
    'hubs/outside-hub.md',
    '',
    'content フォルダの外を指すリンク',
  ],
  [
    'a symlinked folder pointing outside content',
    (root) => {
      rmSync(path.join(root, 'pages'), { recursive: true });
      symlinkSync(path.join(FIXTURE, 'pages'), path.join(root, 'pages'));
    },
    'pages',
    '',
    'content フォルダの外を指すリンク',
  ],
  [
    'an unpaired surrogate in an address',
    (root) => edit(root, WEEKDAY_HUB, 'street: 六湛寺町10-3', 'street: "六湛寺町\\ud80010-3"'),
    WEEKDAY_HUB,
    '所在地 › 町名・番地',
    '読み取れない壊れた文字が含まれています(5文字目)',
  ],
  [
    'a control character in a name',
    (root) => edit(root, WEEKDAY_HUB, 'name: テスト平日サロン', 'name: "テスト\\a平日サロン"'),
    WEEKDAY_HUB,
    '拠点名',
    '画面に表示できない制御文字が含まれています(4文字目)',
  ],
  [
    'DEL in a closure reason',
    (root) => edit(root, WEEKDAY_MONTH, 'reason: 設備点検のため', 'reason: "設備点検\\x7fのため"'),
    WEEKDAY_MONTH,
    '臨時休業 › 1件目 › 休みの理由',
    '制御文字',
  ],
  [
    'an escape sequence in a note',
    (root) => edit(root, WEEKDAY_MONTH, 'note: スポーツの日の特別開所', 'note: "\\e[31mスポーツの日"'),
    WEEKDAY_MONTH,
    '特別開所 › 1件目 › メモ',
    '制御文字',
  ],
  [
    'a line break in a one-line field',
    (root) => edit(root, WEEKDAY_HUB, 'name: テスト平日サロン', 'name: "テスト\\n平日サロン"'),
    WEEKDAY_HUB,
    '拠点名',
    '改行やタブは使えません',
  ],
  [
    'a control character in the Markdown body',
    (root) => edit(root, WEEKDAY_HUB, '平日に開くテスト用の拠点です。', '平日に開く\u0007テスト用の拠点です。'),
    WEEKDAY_HUB,
    '拠点の紹介文',
    '制御文字',
  ],
  [
    'a bidi override in a name',
    (root) => edit(root, WEEKDAY_HUB, 'name: テスト平日サロン', 'name: テスト\u202e平日サロン'),
    WEEKDAY_HUB,
    '拠点名',
    '文字の並ぶ向きを変える見えない記号',
  ],
  [
    'a zero-width space in an address',
    (root) => edit(root, 'settings/site.yaml', 'address: 西宮市六湛寺町10-3', 'address: 西宮市六湛寺町\u200b10-3'),
    SETTINGS,
    'お問い合わせ先(担当課) › 担当課の所在地',
    '幅のない見えない文字',
  ],
  [
    'a name over its limit in characters',
    (root) => edit(root, WEEKDAY_HUB, 'name: テスト平日サロン', `name: ${'𠮷'.repeat(61)}`),
    WEEKDAY_HUB,
    '拠点名',
    '60文字以内',
  ],
  [
    'a photo that is a script address',
    (root) =>
      edit(root, WEEKDAY_HUB, 'audiences:', 'photos:\n  - src: "javascript:alert(1)"\n    alt: 外観\naudiences:'),
    WEEKDAY_HUB,
    '写真 › 1件目 › 写真',
    '「画像を選択」から選び直して',
  ],
  [
    'a photo outside the photo folder',
    (root) =>
      edit(
        root,
        WEEKDAY_HUB,
        'audiences:',
        'photos:\n  - src: /images/hubs/../../admin/x.png\n    alt: 外観\naudiences:',
      ),
    WEEKDAY_HUB,
    '写真 › 1件目 › 写真',
    '「画像を選択」から選び直して',
  ],
  [
    'an impossible year-end day in settings',
    (root) => edit(root, SETTINGS, 'yearEndFrom: 12-29', 'yearEndFrom: 02-30'),
    SETTINGS,
    '年末年始休みの始まり(月-日)',
    '存在する月日',
  ],
  [
    'a year-end day far from New Year in settings',
    (root) => edit(root, SETTINGS, 'yearEndFrom: 12-29', 'yearEndFrom: 06-01'),
    SETTINGS,
    '年末年始休みの始まり(月-日)',
    '12月15日〜1月15日の間',
  ],
  [
    'a year-end period that ends before it starts',
    (root) => {
      edit(root, SETTINGS, 'yearEndFrom: 12-29', 'yearEndFrom: 01-03');
      edit(root, SETTINGS, 'yearEndTo: 01-03', 'yearEndTo: 12-29');
    },
    SETTINGS,
    '年末年始休みの終わり(月-日)',
    '始まりより後の日',
  ],
  [
    'an impossible year-end day on a hub',
    (root) => edit(root, WEEKDAY_HUB, 'overYearEnd: closed', 'overYearEnd: closed\n  yearEndFrom: 04-31'),
    WEEKDAY_HUB,
    '開所日と時間 › 年末年始休みの始まり(月-日)',
    '存在する月日',
  ],
  [
    'a calendar whose name says another month',
    (root) => {
      edit(root, WEEKDAY_MONTH, 'month: 2026-10', 'month: 2026-12');
      edit(root, WEEKDAY_MONTH, /2026-10-/g, '2026-12-');
    },
    WEEKDAY_MONTH,
    '対象の月',
    'ファイル名(weekday-hub-2026-10)と、中の「拠点」「対象の月」(weekday-hub-2026-12)が合っていません',
  ],
  [
    'a calendar whose name says another hub',
    (root) => edit(root, WEEKDAY_MONTH, 'hub: weekday-hub', 'hub: holiday-hub'),
    WEEKDAY_MONTH,
    '拠点',
    'が合っていません',
  ],
  [
    'missing settings',
    (root) => rmSync(path.join(root, 'settings/site.yaml')),
    'settings/site.yaml',
    '',
    '設定ファイルがありません',
  ],
];

export const BROKEN_CONTENT: BrokenContentCase[] = rows.map(([name, change, file, fieldLabel, message]) => ({
  name,
  change,
  file,
  fieldLabel,
  message,
}));
