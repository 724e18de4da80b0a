import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from './load';
import { ContentError, formatProblem } from './problems';

const FIXTURE = path.resolve(import.meta.dirname, '../../../tests/fixtures/small');
const WEEKDAY_HUB = 'hubs/weekday-hub.md';
const roots: string[] = [];

function fixtureCopy(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'kyosei-content-'));
  cpSync(FIXTURE, root, { recursive: true });
  roots.push(root);
  return root;
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function problemsAfter(change: (root: string) => void) {
  const root = fixtureCopy();
  change(root);
  try {
    loadContent(root);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error('the broken content was accepted');
}

const edit = (root: string, file: string, from: string | RegExp, to: string) => {
  const target = path.join(root, file);
  const text = readFileSync(target, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`edit did not apply to ${file}`);
  writeFileSync(target, next);
};

describe('loadContent', () => {
  it('loads the fixture content with change times', () => {
    const content = loadContent(fixtureCopy());
    expect(content.hubs.map((entry) => entry.data.slug).sort()).toEqual([
      'holiday-hub',
      'irregular-hub',
      'weekday-hub',
    ]);
    expect(content.months).toHaveLength(2);
    expect(content.settings.data.office.phone).toBe('0798-35-3187');
    expect(content.hubs[0]?.changed.getTime()).toBeGreaterThan(0);
  });

  it('clamps change times to SOURCE_DATE_EPOCH', () => {
    const before = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = '1000000000';
    try {
      const content = loadContent(fixtureCopy());
      expect(content.hubs.every((entry) => entry.changed.getTime() === 1_000_000_000_000)).toBe(true);
    } finally {
      if (before === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = before;
    }
  });

  // Each broken input must name the file, the field and what to do.
  it.each<[string, (root: string) => void, string, string, string]>([
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
      'schedule.weekdays',
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
      'phone',
      '電話番号を入力',
    ],
    [
      'an impossible date',
      (root) => edit(root, 'calendars/weekday-hub-2026-10.yaml', '2026-10-07', '2026-10-32'),
      'calendars/weekday-hub-2026-10.yaml',
      'closures.0.date',
      '存在する日付',
    ],
    [
      'closing before opening',
      (root) => edit(root, WEEKDAY_HUB, 'closes: "16:00"', 'closes: "09:00"'),
      WEEKDAY_HUB,
      'schedule.closes',
      '閉所時刻は開所時刻より後',
    ],
    [
      'a date listed twice',
      (root) => edit(root, 'calendars/irregular-hub-2026-10.yaml', '2026-10-02', '2026-10-01'),
      'calendars/irregular-hub-2026-10.yaml',
      'openDays.1.date',
      '2回登録',
    ],
    [
      'a calendar for an unknown hub',
      (root) => edit(root, 'calendars/weekday-hub-2026-10.yaml', 'hub: weekday-hub', 'hub: no-such-hub'),
      'calendars/weekday-hub-2026-10.yaml',
      'hub',
      '登録されていません',
    ],
    [
      'a duplicate slug',
      (root) => edit(root, 'hubs/holiday-hub.md', 'slug: holiday-hub', 'slug: weekday-hub'),
      'hubs/weekday-hub.md',
      'slug',
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
      'openDays',
      '特別開所',
    ],
    [
      'two calendars for one month',
      (root) =>
        writeFileSync(path.join(root, 'calendars/weekday-hub-2026-10-copy.yaml'), 'hub: weekday-hub\nmonth: 2026-10\n'),
      'calendars/weekday-hub-2026-10.yaml',
      'month',
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
      'slug',
      'サイトの仕組み',
    ],
    [
      'missing settings',
      (root) => rmSync(path.join(root, 'settings/site.yaml')),
      'settings/site.yaml',
      '',
      '設定ファイルがありません',
    ],
  ])('stops on %s, naming the file, field and fix', (_case, change, file, field, message) => {
    const problems = problemsAfter(change);
    const problem = problems.find((candidate) => candidate.file.endsWith(file) && candidate.field === field);
    expect(problem, problems.map(formatProblem).join('\n')).toBeDefined();
    expect(problem?.message).toContain(message);
  });

  it('labels fields in Japanese in the message', () => {
    const [problem] = problemsAfter((root) => edit(root, WEEKDAY_HUB, 'closes: "16:00"', 'closes: "09:00"'));
    expect(problem && formatProblem(problem)).toMatch(
      /hubs\/weekday-hub\.md の「開所日と時間 › 閉所時刻」\(schedule\.closes\): 閉所時刻は開所時刻より後にしてください。$/,
    );
  });

  it('reports every problem at once, not just the first', () => {
    const problems = problemsAfter((root) => {
      edit(root, WEEKDAY_HUB, /phone: .*\n/, '');
      edit(root, 'hubs/holiday-hub.md', 'closes: "15:30"', 'closes: "08:00"');
    });
    expect(problems.map((problem) => problem.field).sort()).toEqual(['phone', 'schedule.closes']);
  });
});
