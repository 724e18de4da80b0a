/**
 * 「最後の公開」 in /admin: when the live site was built (its /build.json), and a warning when
 * it is more than a day old or older than the last change published in the CMS.
 */
import { dayJa, timeJa } from '../src/lib/schedule/japaneseText';
import { tokyoDateOf, tokyoTimeOf } from '../src/lib/schedule/tokyoCalendar';
import { type BuildRecord, isStale, STALE_AFTER_HOURS } from '../src/lib/site/buildRecord';
import type { CmsConfig } from './decap';
import { contentFolders, githubHeaders, storedFile } from './siteCheck';

export interface PublishStatus {
  text: string;
  warning: boolean;
}

function whenJa(instant: Date): string {
  return `${dayJa(tokyoDateOf(instant))} ${timeJa(tokyoTimeOf(instant))}`;
}

/** `lastChange`: the newest published content change, when the backend can tell. */
export function publishStatus(record: BuildRecord | undefined, now: Date, lastChange?: Date): PublishStatus {
  if (!record) {
    return { text: '公開中のサイトの作成日時を確認できませんでした。', warning: true };
  }
  const built = new Date(record.builtAt);
  const text = `最後の公開: ${whenJa(built)}`;
  if (isStale(record, now)) {
    return {
      text: `${text}。公開中のサイトが${STALE_AFTER_HOURS}時間以上作り直されていません。「今日」や開所状況が古いままです。サイトの担当者に連絡してください。`,
      warning: true,
    };
  }
  // The deploy takes a few minutes after 公開: warn only when it is clearly overdue.
  if (
    lastChange &&
    lastChange.getTime() - built.getTime() > 15 * 60_000 &&
    now.getTime() - lastChange.getTime() > 15 * 60_000
  ) {
    return {
      text: `${text}。${whenJa(lastChange)}に公開した変更が、まだサイトに出ていません。サイトの作成に失敗している可能性があります。サイトの担当者に連絡してください。`,
      warning: true,
    };
  }
  return { text, warning: false };
}

/** The newest commit to the content on the published branch, when the CMS edits GitHub. */
export async function latestPublishedChange(config: CmsConfig): Promise<Date | undefined> {
  const { backend } = config;
  const folders = contentFolders(config);
  if (backend.name !== 'github' || !backend.repo || !folders || storedFile(config)) return undefined;
  const root = folders.hubs.split('/').slice(0, -1).join('/') || '.';
  const url = `https://api.github.com/repos/${backend.repo}/commits?sha=${encodeURIComponent(backend.branch ?? 'main')}&path=${encodeURIComponent(root)}&per_page=1`;
  const response = await fetch(url, { headers: githubHeaders() });
  if (!response.ok) return undefined;
  const [commit] = (await response.json()) as { commit?: { committer?: { date?: string } } }[];
  const date = commit?.commit?.committer?.date;
  return date ? new Date(date) : undefined;
}

/** Shows the status above the CMS; a warning stays visible in red. */
export async function showPublishStatus(config: CmsConfig): Promise<void> {
  const record = await fetch('/build.json', { cache: 'no-store' })
    .then((response) => (response.ok ? (response.json() as Promise<BuildRecord>) : undefined))
    .catch(() => undefined);
  const lastChange = await latestPublishedChange(config).catch(() => undefined);
  const status = publishStatus(record, new Date(), lastChange);
  const element = document.createElement('p');
  element.id = 'publish-status';
  element.setAttribute('role', status.warning ? 'alert' : 'status');
  element.textContent = status.text;
  Object.assign(element.style, {
    position: 'fixed',
    insetInlineStart: '0.5rem',
    insetBlockEnd: '0.5rem',
    zIndex: '400',
    margin: '0',
    padding: '0.4rem 0.8rem',
    borderRadius: '4px',
    font: '14px/1.5 sans-serif',
    color: status.warning ? '#fff' : '#1a1a1a',
    background: status.warning ? '#b3261e' : '#f1f1f1',
    maxInlineSize: '40rem',
  });
  document.body.append(element);
}
