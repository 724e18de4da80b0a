/**
 * The same zod schemas the build uses, run on an entry before Decap saves it, so rules
 * that span fields (closing after opening, days inside the month, phone digits) stop a
 * save in the editor instead of breaking the next build.
 */
import type { z } from 'astro/zod';
import { problemsFromIssues } from '../src/lib/content/problems';
import { textProblem } from '../src/lib/content/textRules';
import { BODY_LABELS } from '../src/schema/body';
import { operatingMonthSchema } from '../src/schema/calendar';
import { hubSchema } from '../src/schema/hub';
import { programPageSchema } from '../src/schema/page';
import { settingsSchema } from '../src/schema/settings';
import { COLLECTION_NAMES } from './config';

/** Each collection's schema. */
export const SCHEMAS: Record<string, z.ZodType> = {
  [COLLECTION_NAMES.hubs]: hubSchema,
  [COLLECTION_NAMES.calendars]: operatingMonthSchema,
  [COLLECTION_NAMES.pages]: programPageSchema,
  [COLLECTION_NAMES.settings]: settingsSchema,
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}

function cleaned(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cleaned);
  return isPlainObject(value) ? withoutBlanks(value) : value;
}

/**
 * Decap leaves '' (and sometimes null) for fields staff left blank, and empty objects for
 * optional groups; the files should simply not have them.
 */
export function withoutBlanks(data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const child = cleaned(value);
    const emptyObject = isPlainObject(child) && Object.keys(child).length === 0;
    if (child === '' || child === null || child === undefined || emptyObject) continue;
    kept[key] = child;
  }
  return kept;
}

interface EntryProblem {
  field: string;
  fieldLabel: string;
  message: string;
}

/** Problems the build would report for this entry ('body' is the Markdown, checked as text). */
export function entryProblems(collection: string, data: Record<string, unknown>): EntryProblem[] {
  const schema = SCHEMAS[collection];
  if (!schema) return [];
  const { body, ...fields } = withoutBlanks(data);
  const bodyLabel = BODY_LABELS[collection as keyof typeof BODY_LABELS];
  const bodyProblem = bodyLabel && typeof body === 'string' ? textProblem(body, { lines: true }) : undefined;
  const problems: EntryProblem[] = bodyProblem ? [{ field: 'body', fieldLabel: bodyLabel, message: bodyProblem }] : [];
  const result = schema.safeParse(fields);
  if (result.success) return problems;
  return [
    ...problemsFromIssues('', schema, result.error.issues).map(({ field, fieldLabel, message }) => ({
      field,
      fieldLabel,
      message,
    })),
    ...problems,
  ];
}

/** One message for the editor's notice: what to fix, where. */
export function problemsText(problems: readonly EntryProblem[]): string {
  return problems
    .map((problem) => (problem.fieldLabel ? `「${problem.fieldLabel}」: ${problem.message}` : problem.message))
    .join(' ');
}

/** Thrown from Decap's preSave hook; its text is what staff see in the notice. */
export class EntryRejected extends Error {
  constructor(readonly problems: readonly EntryProblem[]) {
    super(problemsText(problems));
    this.name = 'EntryRejected';
  }
  override toString(): string {
    return this.message;
  }
}
