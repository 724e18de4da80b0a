import { describe, expect, it } from 'vitest';
import { type Hub, hubSchema } from '../../schema/hub';
import { crossFileProblems } from './crossFileRules';

const hub = (slug: string, extra: Partial<Hub> = {}) => ({
  file: `content/hubs/${slug}.md`,
  data: hubSchema.parse({
    slug,
    name: `拠点${slug}`,
    nameKana: 'きょてん',
    address: { street: '六湛寺町10-3' },
    phone: '0798-35-3187',
    operator: { name: '運営委員会', kind: '運営委員会' },
    schedule: { kind: 'weekly', weekdays: ['mon', 'tue', 'wed'], opens: '10:00', closes: '16:00' },
    ...extra,
  }),
});
const month = (hubSlug: string, file = `content/calendars/${hubSlug}-2026-10.yaml`) => ({
  file,
  data: { hub: hubSlug, month: '2026-10', openDays: [], closures: [], specialOpenings: [] },
});

describe('the rules between content files', () => {
  it('finds nothing wrong with hubs and their calendars', () => {
    expect(crossFileProblems({ hubs: [hub('a'), hub('b')], months: [month('a')], pages: [] })).toEqual([]);
  });

  it('tells a calendar of a moved hub which name to pick', () => {
    const problems = crossFileProblems({
      hubs: [hub('new-name', { formerSlugs: ['old-name'] })],
      months: [month('old-name')],
      pages: [],
    });
    expect(problems.map((problem) => problem.message)).toEqual([
      '「拠点new-name」のURLが変わりました(old-name → new-name)。「拠点」で「拠点new-name」を選び直してください。',
    ]);
  });

  it('lets an old address lead to one hub only, never to a hub that has it now', () => {
    const problems = crossFileProblems({
      hubs: [
        hub('a', { formerSlugs: ['b'] }),
        hub('b'),
        hub('c', { formerSlugs: ['old'] }),
        hub('d', { formerSlugs: ['old'] }),
      ],
      months: [],
      pages: [],
    });
    expect(problems.map((problem) => [problem.file, problem.field])).toEqual([
      ['content/hubs/a.md', 'formerSlugs'],
      ['content/hubs/d.md', 'formerSlugs'],
    ]);
    expect(problems[1]?.message).toContain('content/hubs/c.md');
  });

  it('keeps one calendar per hub and month, and no 運営日 on a weekly hub', () => {
    const problems = crossFileProblems({
      hubs: [hub('a')],
      months: [
        month('a'),
        month('a', 'content/calendars/a-2026-10-1.yaml'),
        {
          ...month('a', 'content/calendars/a-2026-11.yaml'),
          data: { ...month('a').data, month: '2026-11', openDays: [{ date: '2026-11-01' }] },
        },
      ],
      pages: [],
    });
    expect(problems.map((problem) => problem.field).sort()).toEqual(['month', 'openDays']);
  });

  it('holds a calendar to its file name: the hub and month it names, or a -1 Decap adds', () => {
    const named = (file: string, data: { hub?: string; month?: string } = {}) => {
      const entry = month('a', `content/calendars/${file}`);
      return { ...entry, data: { ...entry.data, ...data } };
    };
    const problems = crossFileProblems({
      hubs: [hub('a'), hub('b')],
      months: [
        named('a-2026-10-1.yaml', { month: '2026-09' }),
        named('a-2026-10-2.yaml', { month: '2026-11' }),
        named('a-2026-10-3.yaml', { hub: 'b', month: '2026-12' }),
        // The CMS checks a new entry before it has a file.
        named('', { month: '2027-01' }),
      ],
      pages: [],
    });
    expect(problems.map((problem) => [problem.file, problem.fieldLabel])).toEqual([
      ['content/calendars/a-2026-10-1.yaml', '対象の月'],
      ['content/calendars/a-2026-10-2.yaml', '対象の月'],
      ['content/calendars/a-2026-10-3.yaml', '拠点'],
    ]);
    expect(problems[0]?.message).toContain(
      'ファイル名(a-2026-10-1)と、中の「拠点」「対象の月」(a-2026-09)が合っていません',
    );
    expect(
      crossFileProblems({ hubs: [hub('a')], months: [named('a-2026-10-1.yaml'), named('a-2026-10.yaml')], pages: [] }),
    ).toHaveLength(1);
    // A hub that moved: its calendars keep the names they had.
    expect(
      crossFileProblems({
        hubs: [hub('b', { formerSlugs: ['a'] })],
        months: [named('a-2026-10.yaml', { hub: 'b' })],
        pages: [],
      }),
    ).toEqual([]);
  });
});
