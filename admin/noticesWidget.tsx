/**
 * The 「確認してください」 field of the editor: the entry's notices (admin/notices.ts) next to
 * the fields staff are editing. It never calls onChange, so nothing of it is ever saved.
 */
import type { ReactNode } from 'react';
import { useSyncExternalStore } from 'react';
import { type CmsEntry, entryCollection, entryData, type WidgetControlProps } from './decap';
import { editingEntry } from './editingEntry';
import { type LiveStore, liveContent } from './liveContent';
import { entryNotices } from './notices';
import { NoticeList, useLive } from './noticesView';

const sameEntry = (a: CmsEntry, b: CmsEntry) =>
  entryCollection(a) === entryCollection(b) && a.get('slug') === b.get('slug');

/** Set once at start-up (noticesControl). */
let live: LiveStore = liveContent(undefined, undefined, undefined);

function NoticesControl(props: WidgetControlProps): ReactNode {
  const state = useLive(live);
  const reported = useSyncExternalStore(editingEntry.subscribe, editingEntry.current);
  const entry = reported && (!props.entry || sameEntry(reported, props.entry)) ? reported : props.entry;
  if (!entry) return null;
  const notices = entryNotices(
    entryCollection(entry),
    entryData(entry),
    state.status === 'ready' ? state.content : undefined,
  );
  return (
    <div id={props.forID} className={`${props.classNameWrapper} admin-notices-field`}>
      {notices.length > 0 ? <NoticeList notices={notices} /> : <p>いまのところ、確認が必要な点はありません。</p>}
    </div>
  );
}

/** The widget's control, reading the content around the entry from `store`. */
export function noticesControl(store: LiveStore): typeof NoticesControl {
  live = store;
  return NoticesControl;
}
