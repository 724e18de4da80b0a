import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { entryProblems } from '../../admin/validate';
import { parseDataDocument, parseMarkdownDocument } from '../lib/content/documents';
import { operatingMonthSchema } from './calendar';
import { hubSchema } from './hub';
import { definitionOf, unwrap } from './introspect';
import { programPageSchema } from './page';
import { settingsSchema } from './settings';

/**
 * Every field of every schema, filled from the test fixture, gets characters no field may hold:
 * each must be refused at that field, by the build's schema and by the CMS's pre-save check
 * (admin/validate.ts), so a field added later without the text rules fails here.
 */
const FIXTURE = path.resolve(import.meta.dirname, '../../tests/fixtures/small');
const read = (file: string) => readFileSync(path.join(FIXTURE, file), 'utf8');

const hub = {
  ...(parseMarkdownDocument(read('hubs/weekday-hub.md')).data as object),
  photos: [{ src: '/images/hubs/front.png', alt: '入口の様子' }],
  accessibility: '段差はありません。',
  formerSlugs: ['old-hub'],
  coordinates: { lat: 34.73, lng: 135.34 },
  updated: '2026-10-01',
};
const CASES = [
  ['hubs', hubSchema, { ...hub, address: { street: '六湛寺町10-3', building: '本庁舎' } }],
  ['calendars', operatingMonthSchema, parseDataDocument(read('calendars/weekday-hub-2026-10.yaml')).data],
  ['calendars', operatingMonthSchema, parseDataDocument(read('calendars/irregular-hub-2026-10.yaml')).data],
  ['pages', programPageSchema, { ...(parseMarkdownDocument(read('pages/about.md')).data as object) }],
  [
    'settings',
    settingsSchema,
    {
      ...(parseDataDocument(read('settings/site.yaml')).data as { office: object }),
      office: {
        ...(parseDataDocument(read('settings/site.yaml')).data as { office: object }).office,
        mailForm: 'https://example.jp/form',
      },
    },
  ],
] as const;

type AnySchema = z.core.$ZodType;
const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The path of every value in `data` that is not an object or a list. */
function leaves(schema: AnySchema, data: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const def = definitionOf(unwrap(schema).core);
  if (def.type === 'object' && isObject(data)) {
    return Object.entries(def.shape ?? {}).flatMap(([key, child]) => leaves(child, data[key], [...prefix, key]));
  }
  if (def.type === 'array' && def.element && Array.isArray(data)) {
    const element = def.element;
    return data.flatMap((item, index) => leaves(element, item, [...prefix, index]));
  }
  return data === undefined ? [] : [prefix];
}

function withValue(data: unknown, at: readonly (string | number)[], change: (value: unknown) => unknown): unknown {
  const copy = structuredClone(data) as Record<string | number, unknown>;
  let target = copy;
  for (const key of at.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  const last = at.at(-1) as string | number;
  target[last] = change(target[last]);
  return copy;
}

const HOSTILE = ['\ud800', '\u0007', '\u001b[2J', '\u007f', '\u202e', '\u200b'];

describe('every field refuses characters no text may hold', () => {
  it('starts from content every schema accepts', () => {
    for (const [, schema, data] of CASES) expect(schema.safeParse(data).error?.issues ?? []).toEqual([]);
  });

  const fields = CASES.flatMap(([collection, schema, data]) =>
    leaves(schema, data).map((at) => [`${collection} ${at.join('.')}`, collection, schema, data, at] as const),
  );

  it('covers the fields of every collection', () => {
    expect(fields.length).toBeGreaterThan(40);
    expect(fields.map(([name]) => name)).toContain('hubs address.street');
    expect(fields.map(([name]) => name)).toContain('settings siteTitle');
  });

  it.each(fields)('%s', (_name, collection, schema, data, at) => {
    for (const hostile of HOSTILE) {
      const changed = withValue(data, at, (value) =>
        typeof value === 'string' ? `${value.slice(0, -1)}${hostile}${value.slice(-1)}` : hostile,
      ) as Record<string, unknown>;
      const issues = schema.safeParse(changed).error?.issues ?? [];
      expect(
        issues.some((issue) => issue.path.join('.') === at.join('.')),
        `${JSON.stringify(hostile)} accepted`,
      ).toBe(true);
      expect(entryProblems(collection, changed).map((problem) => problem.field)).toContain(at.join('.'));
    }
  });
});

describe('the Markdown body', () => {
  it('is checked by the CMS as by the build', () => {
    const page = CASES[3][2];
    expect(entryProblems('pages', { ...page, body: '本文\n\n続き' })).toEqual([]);
    expect(entryProblems('pages', { ...page, body: '本文\u001b[2J' })).toEqual([
      { field: 'body', fieldLabel: '本文', message: expect.stringContaining('制御文字') },
    ]);
    expect(entryProblems('hubs', { ...hub, body: '紹介\u202e' })).toEqual([
      { field: 'body', fieldLabel: '拠点の紹介文', message: expect.stringContaining('文字の並ぶ向き') },
    ]);
    // A family emoji is joined by zero-width joiners: fine in text that takes lines.
    expect(entryProblems('hubs', { ...hub, body: '👨\u200d👩\u200d👧 も来てください。' })).toEqual([]);
  });
});
