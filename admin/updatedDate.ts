/**
 * 更新日 follows the last real edit: a save that changes what an entry says sets each
 * `savedDate` field (see the schema meta) to today in Asia/Tokyo; a save that changes nothing
 * leaves it alone.
 */
import { sameEntry } from '../src/lib/content/keptFormat';
import { definitionOf, unwrap } from '../src/schema/introspect';
import type { PlainDate } from '../src/schema/primitives';
import { type FileCollection, readEntryFile } from './fileFormats';
import { SCHEMAS, withoutBlanks } from './validate';

type Data = Record<string, unknown>;

function savedDateFields(collection: string): string[] {
  const schema = SCHEMAS[collection];
  const shape = schema ? definitionOf(unwrap(schema).core).shape : undefined;
  return Object.entries(shape ?? {})
    .filter(([, field]) => unwrap(field).meta.savedDate)
    .map(([name]) => name);
}

function without(data: Readonly<Data>, names: readonly string[]): Data {
  return Object.fromEntries(Object.entries(data).filter(([name]) => !names.includes(name)));
}

/** `data` (already without blanks) as it should be saved, given the file's text when it was opened. */
export function withSavedDate(collection: string, data: Readonly<Data>, original: string, today: PlainDate): Data {
  const names = savedDateFields(collection);
  if (names.length === 0) return { ...data };
  if (original) {
    const before = withoutBlanks(readEntryFile(collection as FileCollection, original));
    if (sameEntry(without(before, names), without(data, names))) return { ...data };
  }
  return { ...data, ...Object.fromEntries(names.map((name) => [name, today])) };
}
