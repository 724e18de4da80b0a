/**
 * 「確認してください」: what the build would warn about for the entry being edited, shown in the
 * editor and above the preview before saving. Nothing here blocks a save.
 */
import { contentWarnings } from '../src/lib/content/programRules';
import { siteYearEnd } from '../src/lib/schedule/engine';
import { DEFAULT_YEAR_END } from '../src/lib/schedule/types';
import { removedHtml } from '../src/lib/site/markdown';
import { operatingMonthSchema } from '../src/schema/calendar';
import { hubSchema } from '../src/schema/hub';
import { COLLECTION_NAMES } from './config';
import type { LiveContent } from './liveContent';
import { withoutBlanks } from './validate';

/** The entry's own name in the rules' results (the rules name files; this one may have none yet). */
const EDITED = '(編集中のエントリ)';

/** Notices for an entry's data; `live` is the saved content around it (undefined while it is read). */
export function entryNotices(
  collection: string,
  data: Record<string, unknown>,
  live: LiveContent | undefined,
): string[] {
  const { body, ...fields } = withoutBlanks(data);
  const notices = typeof body === 'string' ? removedHtml(body) : [];
  const yearEnd = live?.settings ? siteYearEnd(live.settings) : DEFAULT_YEAR_END;
  const mine = (warnings: { file: string; message: string }[]) =>
    warnings.filter((warning) => warning.file === EDITED).map((warning) => warning.message);
  if (collection === COLLECTION_NAMES.hubs) {
    const hub = hubSchema.safeParse(fields);
    if (hub.success) {
      // The edited hub last, so the district rule names it when another hub is already there.
      const others = (live?.hubs ?? []).filter((other) => other.slug !== hub.data.slug);
      const hubs = [...others.map((other) => ({ file: other.slug, data: other })), { file: EDITED, data: hub.data }];
      notices.push(...mine(contentWarnings(hubs, [], yearEnd)));
    }
  }
  if (collection === COLLECTION_NAMES.calendars) {
    const month = operatingMonthSchema.safeParse(fields);
    const hub = month.success ? live?.hubs.find((candidate) => candidate.slug === month.data.hub) : undefined;
    if (month.success && hub)
      notices.push(
        ...mine(contentWarnings([{ file: hub.slug, data: hub }], [{ file: EDITED, data: month.data }], yearEnd)),
      );
  }
  return notices;
}
