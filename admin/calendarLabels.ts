/**
 * The calendars list names each month by its hub's Japanese name (「ふくふくサロン今津 2027年1月」)
 * although a calendar file holds only the hub's slug: the name is added to the data when a
 * file is read, from the live list of hubs, and never saved. Decap's list summary and its
 * search read the data, so both find a calendar by the hub's name.
 */
import type { CmsFormatter } from './decap';

/** The data key of the derived name (not a field: the form never shows it). */
export const HUB_NAME = 'hubName';

/** The collection summary: the hub's name and the month in words. */
export const CALENDAR_SUMMARY = `{{${HUB_NAME}}} {{fields.month | date('YYYY年M月')}}`;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A calendar's data as read, with its hub's name when the hub is known. */
export function withHubName(data: unknown, names: ReadonlyMap<string, string>): unknown {
  if (!isRecord(data) || typeof data.hub !== 'string') return data;
  const name = names.get(data.hub);
  return name ? { ...data, [HUB_NAME]: name } : data;
}

/** The data without the derived name: what validation checks and what is saved. */
export function withoutHubName<T>(data: T): T {
  if (!isRecord(data) || !(HUB_NAME in data)) return data;
  const { [HUB_NAME]: _name, ...fields } = data;
  return fields as T;
}

/** `base` (the calendars' file format) adding the hub's name when reading, dropping it when writing. */
export function withHubNames(base: CmsFormatter, names: () => ReadonlyMap<string, string>): CmsFormatter {
  return {
    fromFile: (content) => withHubName(base.fromFile(content), names()),
    toFile: (data, sortedKeys, comments) => base.toFile(withoutHubName(data), sortedKeys, comments),
  };
}
