import { readFileSync, rmSync, writeFileSync } from 'node:fs';
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
