import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hubSchema } from '../../schema/hub';
import { parseDataDocument, parseMarkdownDocument } from './documents';
import { parseEntryFile, writeEntryFile } from './keptFormat';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const CONTENT_ROOTS = ['content', 'tests/fixtures/small'];
/** The collection's field order, as Decap passes it. */
const HUB_ORDER = [...Object.keys(hubSchema.shape), 'body'];

/** Every shipped content file, with whether it is Markdown. */
const files = CONTENT_ROOTS.flatMap((root) =>
  ['hubs', 'calendars', 'pages', 'settings'].flatMap((folder) => {
    const dir = path.join(ROOT, root, folder);
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      return [];
    }
    return names.map((name) => ({
      name: `${root}/${folder}/${name}`,
      text: readFileSync(path.join(dir, name), 'utf8'),
    }));
  }),
).map((file) => ({ ...file, markdown: file.name.endsWith('.md') }));

/** The lines of `after` that differ from `before` (both ways), as a diff would list them. */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  return [...a.slice(start, endA).map((line) => `-${line}`), ...b.slice(start, endB).map((line) => `+${line}`)];
}

/** What the site's own reader (js-yaml, core schema) makes of a file. */
function siteReads(text: string, markdown: boolean) {
  return markdown ? parseMarkdownDocument(text) : parseDataDocument(text);
}

const hub = files.find((file) => file.name === 'content/hubs/machi-cafe-nagomi.md');
const page = files.find((file) => file.name === 'content/pages/about.md');
if (!hub || !page) throw new Error('shipped content missing');

describe('writing a content file back', () => {
  it.each(files)('leaves $name byte for byte when nothing changed', ({ text, markdown }) => {
    const data = parseEntryFile(text, markdown);
    expect(writeEntryFile(data, { markdown, order: [], original: text })).toBe(text);
    const { body: _body, ...fields } = data;
    expect(fields).toEqual(siteReads(text, markdown).data);
  });

  it.each(files)('changes exactly one line of $name when one value changes', ({ text, markdown }) => {
    const data = parseEntryFile(text, markdown);
    const [key] = Object.keys(data).filter((name) => typeof data[name] === 'string' && name !== 'body');
    if (!key) throw new Error('no string field');
    const after = writeEntryFile({ ...data, [key]: `${data[key]}2` }, { markdown, order: [], original: text });
    expect(changedLines(text, after)).toHaveLength(2);
    expect(siteReads(after, markdown).data).toMatchObject({ [key]: `${data[key]}2` });
  });

  it('keeps quotes, flow lists and the body when a nested value changes', () => {
    const data = parseEntryFile(hub.text, true);
    const schedule = { ...(data.schedule as Record<string, unknown>), closes: '17:30' };
    const after = writeEntryFile({ ...data, schedule }, { markdown: true, order: HUB_ORDER, original: hub.text });
    expect(changedLines(hub.text, after)).toEqual(['-  closes: "16:00"', '+  closes: "17:30"']);
  });

  it('keeps a one-line list on one line when a day is added to it', () => {
    const data = parseEntryFile(hub.text, true);
    const schedule = data.schedule as Record<string, unknown>;
    const after = writeEntryFile(
      { ...data, schedule: { ...schedule, weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] } },
      { markdown: true, order: HUB_ORDER, original: hub.text },
    );
    expect(changedLines(hub.text, after)).toEqual([
      '-  weekdays: [mon, tue, wed, thu, fri, sat]',
      '+  weekdays: [mon, tue, wed, thu, fri, sat, sun]',
    ]);
  });

  it('adds a missing field where the field order puts it, and nothing else', () => {
    const text = hub.text.replace(/^updated: .*\n/m, '');
    const data = parseEntryFile(text, true);
    const after = writeEntryFile(
      { ...data, updated: '2026-12-01' },
      { markdown: true, order: HUB_ORDER, original: text },
    );
    expect(changedLines(text, after)).toEqual(['+updated: 2026-12-01']);
    expect(after).toContain('activities: [交流, 日常の悩みごとの相談, 参加者同士の見守り]\nupdated: 2026-12-01\n---\n');
    expect(siteReads(after, true).data).toMatchObject({ updated: '2026-12-01' });
  });

  it('removes a field without touching its neighbours', () => {
    const { district: _district, ...data } = parseEntryFile(hub.text, true);
    const after = writeEntryFile(data, { markdown: true, order: HUB_ORDER, original: hub.text });
    expect(changedLines(hub.text, after)).toEqual(['-district: 鳴尾東']);
  });

  it('removes one day from the middle of a list and edits another, leaving the rest', () => {
    const text =
      'hub: a\nmonth: 2026-10\n# 10月の運営日\nopenDays:\n  - date: 2026-10-01\n  - date: 2026-10-02\n  - date: 2026-10-05\n    opens: "13:00"\n';
    const data = parseEntryFile(text, false);
    const after = writeEntryFile(
      { ...data, openDays: [{ date: '2026-10-01' }, { date: '2026-10-05', opens: '14:00' }, { date: '2026-10-09' }] },
      { markdown: false, order: [], original: text },
    );
    expect(after).toBe(
      'hub: a\nmonth: 2026-10\n# 10月の運営日\nopenDays:\n  - date: 2026-10-01\n  - date: 2026-10-05\n    opens: "14:00"\n  - date: 2026-10-09\n',
    );
  });

  it('keeps a body that Decap re-wrote without changing what it says', () => {
    const data = parseEntryFile(page.text, true);
    const rewritten = String(data.body).replaceAll(/^- /gm, '* ').trimEnd();
    expect(rewritten).not.toBe(data.body);
    expect(writeEntryFile({ ...data, body: rewritten }, { markdown: true, order: [], original: page.text })).toBe(
      page.text,
    );
  });

  it('changes only the edited paragraph of a re-written body', () => {
    const data = parseEntryFile(page.text, true);
    const body = String(data.body);
    const rewritten = body
      .replaceAll(/^- /gm, '* ')
      .replace('おたがいを見守ります', 'おたがいを見守ります(例)')
      .trimEnd();
    const after = writeEntryFile({ ...data, body: rewritten }, { markdown: true, order: [], original: page.text });
    expect(changedLines(page.text, after)).toEqual(['-### おたがいを見守ります', '+### おたがいを見守ります(例)']);
  });

  it('writes a new file in the house style, read by the site as written', () => {
    const data = {
      hub: 'ochanoma-puchi-dagashiyasan',
      month: '2026-10',
      openDays: [{ date: '2026-10-01' }, { date: '2026-10-05', opens: '13:00' }],
    };
    const text = writeEntryFile(data, { markdown: false, order: ['hub', 'month', 'openDays'] });
    expect(text).toBe(
      'hub: ochanoma-puchi-dagashiyasan\nmonth: 2026-10\nopenDays:\n  - date: 2026-10-01\n  - date: 2026-10-05\n    opens: "13:00"\n',
    );
    expect(siteReads(text, false).data).toEqual(data);
  });

  it('writes a new hub in the order of its fields, with quoted times, one-line lists and digits kept a string', () => {
    const data = {
      body: '紹介文です。\n',
      name: '新しい拠点',
      slug: 'new-hub',
      phone: '0798-00-0000',
      schedule: { kind: 'weekly', weekdays: ['mon', 'tue'], opens: '10:00', closes: '16:00' },
      district: '282049',
    };
    const text = writeEntryFile(data, { markdown: true, order: HUB_ORDER });
    expect(text).toBe(
      '---\nslug: new-hub\nname: 新しい拠点\ndistrict: "282049"\nphone: 0798-00-0000\nschedule:\n  kind: weekly\n  weekdays: [mon, tue]\n  opens: "10:00"\n  closes: "16:00"\n---\n紹介文です。\n',
    );
    const { body, ...fields } = data;
    expect(siteReads(text, true)).toEqual({ data: fields, body });
  });

  it('reads a file as Decap does: no body key for a file without text after its frontmatter', () => {
    expect(parseEntryFile('---\nslug: a\n---\n', true)).toEqual({ slug: 'a' });
    expect(parseEntryFile('---\nslug: a\n---\n本文\n', true)).toEqual({ slug: 'a', body: '本文\n' });
    expect(() => parseEntryFile('a: [1\n', false)).toThrow();
  });
});
