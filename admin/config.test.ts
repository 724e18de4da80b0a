import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { operatingMonthSchema } from '../src/schema/calendar';
import { hubSchema } from '../src/schema/hub';
import { definitionOf, unwrap } from '../src/schema/introspect';
import { programPageSchema } from '../src/schema/page';
import { PHONE_PATTERN, TIME_PATTERN } from '../src/schema/primitives';
import { settingsSchema } from '../src/schema/settings';
import { decapConfig } from './config';
import type { CmsField } from './decap';
import { stringPatterns } from './fields';
import { JAPANESE_ADDITIONS, mergePhrases, type Phrases } from './locale';
import { entryProblems, withoutBlanks } from './validate';

type AnySchema = z.core.$ZodType;

const config = decapConfig();
const collection = (name: string) => config.collections.find((candidate) => candidate.name === name);
const fieldsOf = (name: string): CmsField[] => collection(name)?.fields ?? collection(name)?.files?.[0]?.fields ?? [];
/** The fields of an object or a list of objects. */
const subFields = (field: CmsField | undefined): CmsField[] => (field && 'fields' in field ? (field.fields ?? []) : []);
const named = (fields: readonly CmsField[], name: string) => fields.find((field) => field.name === name);
/** A select's choices as { value, label } (Decap also allows bare strings). */
const optionsOf = (field: CmsField | undefined) =>
  field && 'options' in field
    ? field.options.map((option) => (typeof option === 'string' ? { value: option, label: option } : option))
    : undefined;

/** Walks schema and Decap fields side by side, returning every mismatch found. */
function drift(schema: AnySchema, fields: readonly CmsField[], where: string, insideOptional = false): string[] {
  const { core } = unwrap(schema);
  const shape = definitionOf(core).shape ?? {};
  const problems: string[] = [];
  const byName = new Map(fields.map((field) => [field.name, field]));
  for (const [key, child] of Object.entries(shape)) {
    const field = byName.get(key);
    const path = `${where}.${key}`;
    if (!field) {
      problems.push(`${path}: missing from the CMS`);
      continue;
    }
    const unwrapped = unwrap(child);
    if (field.label !== unwrapped.meta.label) problems.push(`${path}: label ${field.label} ≠ ${unwrapped.meta.label}`);
    const def = definitionOf(unwrapped.core);
    // Optional in the form: optional or defaulted in the schema, a list (empty is fine), or
    // inside an optional group (the schema then checks the group as a whole before saving).
    const optional = unwrapped.optional || def.type === 'array' || insideOptional;
    if ((field.required === false) !== optional)
      problems.push(`${path}: required ${String(field.required)} but the schema makes it optional=${optional}`);
    const patterns = stringPatterns(unwrapped.core);
    // A relation only offers existing hubs' slugs and a file's path comes from the media library:
    // neither needs a pattern of its own (the schema checks both before saving).
    const picked = field.widget === 'relation' || field.widget === 'file';
    if (patterns.length > 0 && !picked && field.pattern?.[0] !== patterns[0]?.[0])
      problems.push(`${path}: pattern ${String(field.pattern?.[0])} ≠ ${String(patterns[0]?.[0])}`);
    if (def.type === 'object') problems.push(...drift(unwrapped.core, subFields(field), path, unwrapped.optional));
    if (def.type === 'array' && def.element && definitionOf(unwrap(def.element).core).type === 'object')
      problems.push(...drift(def.element, subFields(field), path));
  }
  for (const field of fields) {
    if (!(field.name in shape) && field.name !== 'body' && field.name !== 'notices')
      problems.push(`${where}.${field.name}: not in the schema`);
  }
  return problems;
}

describe('Decap config generated from the content schemas', () => {
  it.each([
    ['hubs', hubSchema],
    ['calendars', operatingMonthSchema],
    ['pages', programPageSchema],
    ['settings', settingsSchema],
  ] as const)('%s covers every schema field, with its label, requiredness and pattern', (name, schema) => {
    expect(drift(schema, fieldsOf(name), name)).toEqual([]);
  });

  it('has drafts only on the deployed backend or with `npm run dev -- --workflow`', () => {
    expect(decapConfig().publish_mode).toBeUndefined();
    expect(decapConfig({ localWorkflow: true }).publish_mode).toBe('editorial_workflow');
    expect(decapConfig({ backendRepo: 'city/site' }).publish_mode).toBe('editorial_workflow');
  });

  it('never deletes a hub from the CMS: its URL, feed and calendars depend on it', () => {
    const hubs = decapConfig().collections.find((collection) => collection.name === 'hubs');
    expect(hubs && 'delete' in hubs ? hubs.delete : undefined).toBe(false);
  });

  it("uses the project's time, date, month and month-grid widgets, weekday and hub choices", () => {
    const schedule = subFields(named(fieldsOf('hubs'), 'schedule'));
    const opens = named(schedule, 'opens');
    expect(opens?.widget).toBe('ja-time');
    expect(opens?.pattern?.[0]).toBe(TIME_PATTERN);
    const weekdays = named(schedule, 'weekdays');
    // Seven check boxes (admin/widgets/WeekdaysControl.tsx): one press per day.
    expect(weekdays).toMatchObject({ widget: 'ja-weekdays', required: false });
    expect(optionsOf(named(schedule, 'kind'))).toEqual([
      { value: 'weekly', label: '曜日固定' },
      { value: 'irregular', label: '曜日固定なし(月ごとに運営日を掲載)' },
    ]);
    expect(named(schedule, 'closedOnHolidays')).toMatchObject({
      widget: 'boolean',
      default: true,
    });

    const month = fieldsOf('calendars');
    expect(named(month, 'hub')).toMatchObject({
      widget: 'relation',
      collection: 'hubs',
      value_field: 'slug',
      display_fields: ['name'],
    });
    expect(named(month, 'month')?.widget).toBe('ja-month');
    expect(named(month, 'openDays')?.widget).toBe('ja-open-days');
    const openDay = subFields(named(month, 'openDays'));
    expect(named(openDay, 'date')?.widget).toBe('ja-date');
    expect(named(fieldsOf('hubs'), 'phone')).toMatchObject({
      widget: 'ja-phone',
      pattern: [PHONE_PATTERN, expect.any(String)],
    });
    const photo = subFields(named(fieldsOf('hubs'), 'photos'));
    expect(named(photo, 'src')?.widget).toBe('image');
    expect(named(photo, 'alt')?.required).toBeUndefined();
    // 更新日 is set on saving (admin/updatedDate.ts): never a field staff see.
    for (const name of ['hubs', 'pages']) expect(named(fieldsOf(name), 'updated')?.widget).toBe('hidden');
  });

  it('shows short values on one line: only paragraphs are textareas', () => {
    const widgets = (fields: readonly CmsField[], where = ''): string[] =>
      fields.flatMap((field) => [
        `${where}${field.name}: ${field.widget ?? 'string'}`,
        ...widgets(subFields(field), `${where}${field.name}.`),
      ]);
    const all = ['hubs', 'calendars', 'pages', 'settings'].flatMap((name) => widgets(fieldsOf(name), `${name}.`));
    expect(all.filter((line) => line.endsWith(': text'))).toEqual([
      'hubs.schedule.note: text',
      'hubs.accessibility: text',
      ...all.filter((line) => line.startsWith('pages.') && line.endsWith(': text')),
    ]);
    expect(all).toEqual(
      expect.arrayContaining([
        'hubs.schedule.yearEndFrom: ja-month-day',
        'settings.yearEndTo: ja-month-day',
        'settings.office.phone: ja-phone',
        'settings.office.mailForm: string',
        'hubs.coordinates.lat: ja-decimal',
      ]),
    );
  });

  it('keeps Decap patterns equivalent to the schema on real values', () => {
    // Decap calls RegExp(pattern): a RegExp instance comes back unchanged, flags and all.
    const decapPattern = (name: string) => RegExp(named(fieldsOf('hubs'), name)?.pattern?.[0] ?? '(?!)');
    expect(decapPattern('nameKana').test('まちかふぇなごみ')).toBe(true);
    expect(decapPattern('nameKana').test('Machi')).toBe(false);
    expect(decapPattern('phone').test('0798-20-2333')).toBe(true);
    expect(decapPattern('phone').test('079820233')).toBe(false);
  });

  it('edits the content root the site reads, and the production backend only from the environment', () => {
    expect(collection('hubs')?.folder).toBe('content/hubs');
    expect(collection('settings')?.files?.[0]?.file).toBe('content/settings/site.yaml');
    expect(config).not.toHaveProperty('publish_mode');
    expect(config.local_backend).toBe(true);
    const deployed = decapConfig({
      backendRepo: 'city/kyosei',
      baseUrl: 'https://auth.example.org',
      contentRoot: './site-content/',
      localBackendUrl: 'http://localhost:9999/api/v1',
    });
    expect(deployed.backend).toMatchObject({ name: 'github', repo: 'city/kyosei', branch: 'main' });
    expect(deployed).toMatchObject({
      publish_mode: 'editorial_workflow',
      local_backend: { url: 'http://localhost:9999/api/v1' },
    });
    expect(deployed.collections.find((c) => c.name === 'calendars')?.folder).toBe('site-content/calendars');
  });
});

describe('checks before saving', () => {
  const hub = {
    slug: 'machi-cafe-nagomi',
    name: 'まちCafeなごみ',
    nameKana: 'まちかふぇなごみ',
    district: '',
    address: { street: '東鳴尾町2丁目16-19-102', building: '' },
    phone: '0798-20-2333',
    operator: { name: 'なごみ', kind: '特定非営利活動法人' },
    schedule: { kind: 'weekly', weekdays: ['mon'], opens: '09:00', closes: '16:00' },
    coordinates: {},
    body: '本文',
  };

  it('accepts a valid hub once blanks Decap leaves are dropped', () => {
    expect(entryProblems('hubs', hub)).toEqual([]);
    expect(withoutBlanks(hub)).not.toHaveProperty('district');
    expect(withoutBlanks(hub)).not.toHaveProperty('coordinates');
  });

  it('refuses closing before opening and a malformed phone, in Japanese, naming the field', () => {
    const problems = entryProblems('hubs', {
      ...hub,
      phone: '0798-20-23',
      schedule: { ...hub.schedule, closes: '08:00' },
    });
    expect(problems).toContainEqual({
      field: 'schedule.closes',
      fieldLabel: '開所日と時間 › 閉所時刻',
      message: '閉所時刻は開所時刻より後にしてください。',
    });
    expect(problems.map((problem) => problem.field)).toContain('phone');
  });

  it('refuses a day outside the calendar month', () => {
    const problems = entryProblems('calendars', {
      hub: 'ochanoma-puchi-dagashiyasan',
      month: '2026-12',
      openDays: [{ date: '2027-01-04' }],
    });
    expect(problems[0]?.message).toContain('対象の月(2026-12)の日付ではありません');
  });

  it('refuses a 運営日のお知らせ that is not a file in the documents folder (the form has no pattern for it)', () => {
    const attached = (daysDocument: string) =>
      entryProblems('calendars', { hub: 'ochanoma-puchi-dagashiyasan', month: '2026-12', daysDocument });
    expect(attached('/documents/notice-20261202-743717a7.pdf')).toEqual([]);
    expect(attached('javascript:alert(1)')).toEqual([
      expect.objectContaining({ field: 'daysDocument', message: expect.stringContaining('PDF か画像') }),
    ]);
  });
});

describe('Japanese UI strings', () => {
  it('fills every string Decap leaves in English', async () => {
    const { default: en } = await import('decap-cms-locales/dist/esm/en/index.js');
    const { default: ja } = await import('decap-cms-locales/dist/esm/ja/index.js');
    const merged = mergePhrases(ja, JAPANESE_ADDITIONS);
    const missing: string[] = [];
    const walk = (english: Phrases, japanese: Phrases | undefined, path: string) => {
      for (const [key, value] of Object.entries(english)) {
        const there = japanese?.[key];
        if (typeof value === 'object') walk(value, typeof there === 'object' ? there : undefined, `${path}.${key}`);
        else if (typeof there !== 'string') missing.push(`${path}.${key}`);
      }
    };
    walk(en, merged, 'ja');
    expect(missing).toEqual([]);
  });

  it('says entry, collection, markdown and the like in words staff use', async () => {
    const { default: ja } = await import('decap-cms-locales/dist/esm/ja/index.js');
    const merged = mergePhrases(ja, JAPANESE_ADDITIONS);
    const stumbling: string[] = [];
    const walk = (table: Phrases, path: string) => {
      for (const [key, value] of Object.entries(table)) {
        // A broken config is for the site's developers, never staff.
        if (path === 'ja.app.app' && ['errorHeader', 'configErrors', 'checkConfigYml'].includes(key)) continue;
        if (typeof value === 'object') walk(value, `${path}.${key}`);
        else if (
          /エントリ|コレクション|マークダウン|バックエンド|ワークフロー|作成中|現時刻|プレビューのチェック/.test(value)
        )
          stumbling.push(`${path}.${key}: ${value}`);
      }
    };
    walk(merged, 'ja');
    expect(stumbling).toEqual([]);
  });
});
