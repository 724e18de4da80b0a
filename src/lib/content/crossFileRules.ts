import type { OperatingMonth } from '../../schema/calendar';
import type { Hub } from '../../schema/hub';
import type { ProgramPage } from '../../schema/page';
import { type ContentProblem, fileProblem } from './problems';
import type { Entry } from './types';

/** What the rules need of a file: the CMS has no change times or bodies at hand. */
type FileEntry<T> = Pick<Entry<T>, 'file' | 'data'>;

/**
 * The rules that span files: references between files, uniqueness, what a kind of hub may
 * list. One module for the build, `npm run check:content` and the CMS's pre-save check, so
 * none of them accepts what another refuses. No Node imports: the CMS runs it in the browser.
 */

/** URLs the site itself uses: a program page may not take them. */
export const RESERVED_PAGE_SLUGS = [
  'hubs',
  'search',
  'admin',
  'opendata',
  'accessibility',
  'calendar',
  'calendar-help',
  'feeds',
  'pagefind',
  '404',
];

function duplicates<T>(
  entries: readonly FileEntry<T>[],
  key: (data: T) => string,
): Array<[FileEntry<T>, FileEntry<T>]> {
  const first = new Map<string, FileEntry<T>>();
  const pairs: Array<[FileEntry<T>, FileEntry<T>]> = [];
  for (const entry of entries) {
    const existing = first.get(key(entry.data));
    if (existing) pairs.push([entry, existing]);
    else first.set(key(entry.data), entry);
  }
  return pairs;
}

/** Hubs and pages are addressed by slug: two files may not claim the same URL. */
function duplicateSlugs(entries: readonly FileEntry<{ slug: string }>[]): ContentProblem[] {
  return duplicates(entries, (data) => data.slug).map(([entry, existing]) =>
    fileProblem(
      entry.file,
      `URL用の名前「${entry.data.slug}」は ${existing.file} でも使われています。別の名前にしてください。`,
      'slug',
      'URL用の名前',
    ),
  );
}

/**
 * A calendar's file is named after its hub and month (the CMS names it so): a file whose name
 * says one month and holds another is a copy edited by hand, and would hide or double a month.
 * A new entry in the CMS has no file yet and is not checked.
 */
function calendarFileProblem(entry: FileEntry<OperatingMonth>, hub: Hub): ContentProblem | undefined {
  const name = (entry.file.split('/').pop() ?? '').replace(/\.ya?ml$/, '');
  if (!/\.ya?ml$/.test(entry.file)) return undefined;
  // A hub that moved keeps its calendars' old names; Decap adds -1, -2… when a name is taken
  // (two files for one month are reported on their own).
  const names = [hub.slug, ...hub.formerSlugs];
  if (names.some((slug) => new RegExp(`^${slug}-${entry.data.month}(-\\d+)?$`).test(name))) return undefined;
  const otherHub = !names.some((slug) => name.startsWith(`${slug}-`));
  return fileProblem(
    entry.file,
    `ファイル名(${name})と、中の「拠点」「対象の月」(${hub.slug}-${entry.data.month})が合っていません。別の拠点や月のカレンダーは、管理画面の「＋ 月ごとの運営カレンダー」から新しく作ってください。`,
    otherHub ? 'hub' : 'month',
    otherHub ? '拠点' : '対象の月',
  );
}

/**
 * Every cross-file problem in the content. `unreadableHubs` are the slugs of hub files that
 * failed their own checks: their calendars are not reported again as naming an unknown hub.
 */
export function crossFileProblems(
  content: { hubs: FileEntry<Hub>[]; months: FileEntry<OperatingMonth>[]; pages: FileEntry<ProgramPage>[] },
  unreadableHubs: ReadonlySet<string> = new Set(),
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  problems.push(...duplicateSlugs(content.hubs));
  const hubs = new Map(content.hubs.map((entry) => [entry.data.slug, entry.data]));
  // A hub that moved keeps its old address alive: no other hub may take it.
  const formerOwners = new Map<string, FileEntry<Hub>>();
  for (const entry of content.hubs) {
    for (const former of entry.data.formerSlugs) {
      const taken = hubs.has(former) ? `${former} は拠点の今のURL用の名前です` : undefined;
      const owner = formerOwners.get(former);
      if (taken || owner) {
        problems.push(
          fileProblem(
            entry.file,
            `以前のURL用の名前「${former}」は使えません(${taken ?? `${owner?.file} の以前の名前にもあります`})。前のURLは1つの拠点にだけ案内できます。`,
            'formerSlugs',
            '以前のURL用の名前',
          ),
        );
      } else formerOwners.set(former, entry);
    }
  }
  for (const entry of content.months) {
    const hub = hubs.get(entry.data.hub);
    // A calendar naming no hub is told that, not also that its name disagrees.
    const named = hub && calendarFileProblem(entry, hub);
    if (named) problems.push(named);
    if (!hub && unreadableHubs.has(entry.data.hub)) {
      // The hub file itself is broken and already reported: one message is enough.
    } else if (!hub) {
      const moved = formerOwners.get(entry.data.hub);
      problems.push(
        fileProblem(
          entry.file,
          moved
            ? `「${moved.data.name}」のURLが変わりました(${entry.data.hub} → ${moved.data.slug})。「拠点」で「${moved.data.name}」を選び直してください。`
            : `拠点「${entry.data.hub}」は登録されていません。拠点一覧にある拠点を選んでください。`,
          'hub',
          '拠点',
        ),
      );
    } else if (hub.schedule.kind === 'weekly' && entry.data.openDays.length > 0) {
      problems.push(
        fileProblem(
          entry.file,
          `「${hub.name}」は曜日固定の拠点です。ふだん休みの日に開く場合は「運営日」ではなく「特別開所」に追加してください。`,
          'openDays',
          '運営日(曜日固定なしの拠点)',
        ),
      );
    }
  }
  for (const [entry, existing] of duplicates(content.months, (month) => `${month.hub} ${month.month}`)) {
    problems.push(
      fileProblem(
        entry.file,
        `「${hubs.get(entry.data.hub)?.name ?? entry.data.hub}」の${entry.data.month}のカレンダーは ${existing.file} にもあります。1つにまとめてください。`,
        'month',
        '対象の月',
      ),
    );
  }
  problems.push(...duplicateSlugs(content.pages));
  for (const entry of content.pages) {
    if (RESERVED_PAGE_SLUGS.includes(entry.data.slug)) {
      problems.push(
        fileProblem(
          entry.file,
          `URL用の名前「${entry.data.slug}」はサイトの仕組みで使っているため使えません。別の名前にしてください。`,
          'slug',
          'URL用の名前',
        ),
      );
    }
  }
  return problems;
}
