import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { z } from 'astro/zod';
import { afterAll, describe, expect, it } from 'vitest';
import { decapConfig } from '../../../admin/config';
import { EDITED_ELSEWHERE, SITE_CHECK_FAILED, SLUG_IS_PERMANENT } from '../../../admin/siteCheck';
import { entryProblems, problemsText } from '../../../admin/validate';
import { BROKEN_CONTENT } from '../../../tests/support/brokenContent';
import { operatingMonthSchema } from '../../schema/calendar';
import { hubSchema } from '../../schema/hub';
import { definitionOf, unwrap } from '../../schema/introspect';
import { programPageSchema } from '../../schema/page';
import { settingsSchema } from '../../schema/settings';
import { crossFileProblems } from './crossFileRules';
import { parseDataDocument, parseMarkdownDocument } from './documents';
import { loadContent } from './load';
import { ContentError, formatProblems } from './problems';
import { contentWarnings } from './programRules';

/**
 * Staff read every message the schemas and rules can produce (the CMS notice, the build log, the
 * warnings): none may name a field, an enum value or a list item the way the files spell them.
 * The forbidden words are taken from the schemas themselves, so a new field is covered at once.
 */
const SCHEMAS = {
  hubs: hubSchema,
  calendars: operatingMonthSchema,
  pages: programPageSchema,
  settings: settingsSchema,
} as const;

type AnySchema = z.core.$ZodType;

/** Every object key and every ASCII enum value in a schema. */
function identifiers(schema: AnySchema, found = new Set<string>()): Set<string> {
  const { core } = unwrap(schema);
  const def = definitionOf(core) as ReturnType<typeof definitionOf> & { entries?: Record<string, string> };
  if (def.type === 'object') {
    for (const [key, child] of Object.entries(def.shape ?? {})) {
      found.add(key);
      identifiers(child, found);
    }
  } else if (def.type === 'array' && def.element) identifiers(def.element, found);
  else if (def.type === 'enum') {
    for (const value of Object.values(def.entries ?? {})) if (/^[a-z]+$/i.test(value)) found.add(value);
  }
  return found;
}

const NAMES = [...new Set(Object.values(SCHEMAS).flatMap((schema) => [...identifiers(schema)]))];
// Field names, enum values (weekly, mon…), list paths (openDays[0], openDays.0.date) and zod's English.
const JARGON = new RegExp(
  `\\b(${NAMES.join('|')})\\b|\\w+\\[\\d+\\]|\\b[a-z]\\w*\\.\\d+\\b|\\b(Invalid|Expected|received|undefined|null|NaN)\\b`,
);

/**
 * What the message says apart from the values the content itself holds: file paths, slugs and
 * the unknown key a broken test file adds (fax), which staff must see to find the line.
 */
function wording(text: string, files: readonly string[] = []): string {
  let rest = text;
  for (const file of files) rest = rest.replaceAll(file, '‹file›');
  return rest
    .replace(/\S+\.(md|yaml)\b/g, '‹file›')
    .replace(/[a-z0-9]+(?:-[a-z0-9]+)+/g, '‹value›')
    .replace('「fax」', '「‹key›」');
}

function expectPlainJapanese(texts: readonly string[]): void {
  for (const text of texts) expect(wording(text), text).not.toMatch(JARGON);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

interface FieldAt {
  path: (string | number)[];
  schema: AnySchema;
}

/** Every value in `data` and every field the schema allows there (missing optional ones too). */
function fieldsOf(schema: AnySchema, data: unknown, prefix: (string | number)[] = []): FieldAt[] {
  const { core } = unwrap(schema);
  const def = definitionOf(core);
  const found: FieldAt[] = [];
  if (def.type === 'object') {
    for (const [key, child] of Object.entries(def.shape ?? {})) {
      found.push({ path: [...prefix, key], schema: child });
      found.push(...fieldsOf(child, isObject(data) ? data[key] : undefined, [...prefix, key]));
    }
  } else if (def.type === 'array' && def.element && Array.isArray(data)) {
    const element = def.element;
    // Two items of a list say all a list can: the first, and one after it (duplicates).
    data.slice(0, 2).forEach((item, index) => {
      found.push({ path: [...prefix, index], schema: element });
      found.push(...fieldsOf(element, item, [...prefix, index]));
    });
  }
  return found;
}

/** The values a select offers: each one leads other rules (weekly needs weekdays, and so on). */
function choices(schema: AnySchema): unknown[] {
  const def = definitionOf(unwrap(schema).core) as ReturnType<typeof definitionOf> & {
    entries?: Record<string, string>;
  };
  return def.type === 'enum' ? Object.values(def.entries ?? {}) : [];
}

function withValue(data: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(data) as Record<string | number, unknown>;
  let target = copy;
  for (const key of path.slice(0, -1)) {
    if (!isObject(target[key]) && !Array.isArray(target[key])) target[key] = {};
    target = target[key] as Record<string | number, unknown>;
  }
  const last = path.at(-1) as string | number;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

const BAD_VALUES: unknown[] = [
  undefined,
  42,
  -1,
  1.5,
  'x',
  '',
  ' ',
  true,
  [],
  ['x'],
  {},
  'あ'.repeat(3000),
  '2026-02-30',
  '25:00',
  '０７９８－２０－２３３３',
];

const FIXTURE = path.resolve(import.meta.dirname, '../../../tests/fixtures/small');
const SHIPPED = path.resolve(import.meta.dirname, '../../../content');

/** Valid entries to break: the fixture's and the shipped content's, so every list has items. */
function samples(): { collection: keyof typeof SCHEMAS; data: unknown }[] {
  const read = (file: string) => readFileSync(file, 'utf8');
  const content = loadContent(SHIPPED);
  const fixture = loadContent(FIXTURE);
  const irregularMonth = parseDataDocument(read(path.join(FIXTURE, 'calendars/irregular-hub-2026-10.yaml'))).data;
  const weekdayMonth = parseDataDocument(read(path.join(FIXTURE, 'calendars/weekday-hub-2026-10.yaml'))).data;
  const withEveryList = {
    ...(irregularMonth as object),
    closures: [{ date: '2026-10-20', reason: '点検' }],
    specialOpenings: [{ date: '2026-10-12', opens: '10:00', closes: '12:00', note: 'メモ' }],
  };
  return [
    ...[
      ...content.hubs.filter(({ data }) => data.schedule.hoursByWeekday.length > 0 || data.photos.length > 0),
      ...fixture.hubs,
    ].map((entry) => ({ collection: 'hubs' as const, data: entry.data })),
    {
      collection: 'hubs' as const,
      data: parseMarkdownDocument(read(path.join(FIXTURE, 'hubs/weekday-hub.md'))).data,
    },
    { collection: 'calendars' as const, data: withEveryList },
    { collection: 'calendars' as const, data: weekdayMonth },
    ...content.pages.map((entry) => ({ collection: 'pages' as const, data: entry.data })),
    { collection: 'settings' as const, data: content.settings.data },
  ];
}

describe('messages and labels staff see use no internal names', () => {
  const roots: string[] = [];
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  it('catches the words it is meant to catch', () => {
    for (const jargon of [
      '開所の形は「weekly」です。',
      'mon〜sun で指定',
      '2026-10-01 が2回登録されています(openDays[0])。',
      '「開所日と時間 › 閉所時刻」(schedule.closes)',
      '運営日 openDays.0.date',
      'Invalid input',
    ]) {
      expect(wording(jargon)).toMatch(JARGON);
    }
    expect(wording('拠点「irregular-hub」は登録されていません。')).not.toMatch(JARGON);
  });

  it('in every schema message, with every field set to a bad value (the CMS notice and the build)', () => {
    const seen = new Set<string>();
    for (const { collection, data } of samples()) {
      const schema = SCHEMAS[collection];
      for (const field of fieldsOf(schema, data)) {
        for (const value of [...BAD_VALUES, ...choices(field.schema)]) {
          const broken = withValue(data, field.path, value) as Record<string, unknown>;
          const problems = entryProblems(collection, broken);
          for (const problem of problems) {
            seen.add(problem.message);
            seen.add(problem.fieldLabel);
          }
          if (problems.length > 0) seen.add(problemsText(problems));
        }
      }
    }
    // The walk reaches the rules that span fields, not only the type checks.
    const all = [...seen].join('\n');
    for (const rule of [
      '閉所時刻は開所時刻より後',
      '開所曜日に入っていません',
      'にも登録されています',
      '開所日のメモを書いて',
    ])
      expect(all).toContain(rule);
    expect(seen.size).toBeGreaterThan(40);
    expectPlainJapanese([...seen]);
    // Thousands of parses: seconds on a busy machine.
  }, 60_000);

  it.each(BROKEN_CONTENT.map((c) => [c.name, c] as const))('in what the build prints for %s', (_name, broken) => {
    const root = mkdtempSync(path.join(tmpdir(), 'kyosei-wording-'));
    roots.push(root);
    cpSync(FIXTURE, root, { recursive: true });
    broken.change(root);
    let error: unknown;
    try {
      loadContent(root);
    } catch (caught) {
      error = caught;
    }
    if (!(error instanceof ContentError)) throw new Error('the broken content was accepted');
    const files = error.problems.map((problem) => problem.file);
    expect(wording(formatProblems(error.problems), files)).not.toMatch(JARGON);
    expectPlainJapanese(error.problems.flatMap((problem) => [problem.message, problem.fieldLabel]));
  });

  it('in the cross-file problems and the program-rule warnings', () => {
    const fixture = loadContent(FIXTURE);
    const [first, second] = fixture.hubs;
    if (!first || !second) throw new Error('the fixture needs two hubs');
    const moved = {
      ...first,
      data: { ...first.data, slug: 'moved-hub', formerSlugs: [first.data.slug, second.data.slug] },
    };
    const problems = crossFileProblems({ hubs: [moved, second], months: fixture.months, pages: fixture.pages });
    expect(problems.length).toBeGreaterThan(1);
    expectPlainJapanese(problems.flatMap((problem) => [problem.message, problem.fieldLabel]));

    const short = {
      ...second,
      data: {
        ...second.data,
        district: first.data.district,
        schedule: {
          ...second.data.schedule,
          kind: 'weekly' as const,
          weekdays: ['sun' as const],
          opens: '10:00',
          closes: '11:00',
          hoursByWeekday: [{ weekday: 'sun' as const, opens: '10:00', closes: '12:00' }],
        },
      },
    };
    const warnings = contentWarnings([first, short, ...fixture.hubs.slice(2)], fixture.months);
    expect(warnings.length).toBeGreaterThan(2);
    expectPlainJapanese(warnings.map((warning) => warning.message));
  });

  it('in the CMS save checks', () => {
    expectPlainJapanese([SLUG_IS_PERMANENT('old-name'), EDITED_ELSEWHERE, SITE_CHECK_FAILED]);
  });

  it('in every label, hint, option and description of the CMS', () => {
    const texts: string[] = [];
    const visit = (value: unknown, key = ''): void => {
      if (Array.isArray(value)) for (const item of value) visit(item, key);
      else if (isObject(value)) for (const [name, child] of Object.entries(value)) visit(child, name);
      else if (typeof value === 'string' && ['label', 'label_singular', 'hint', 'description'].includes(key))
        texts.push(value);
    };
    visit(decapConfig().collections);
    expect(texts.length).toBeGreaterThan(50);
    expectPlainJapanese(texts);
  });
});
