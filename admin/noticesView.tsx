/** The hooks and the list that show live content and 「確認してください」 notices in the editor. */
import { type ReactNode, useEffect, useSyncExternalStore } from 'react';
import type { LiveState, LiveStore } from './liveContent';

/** The live content, read when first needed and again after a save. */
export function useLive(live: LiveStore): LiveState {
  const state = useSyncExternalStore(live.subscribe, live.current);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new state may mean "read again"
  useEffect(() => live.request(), [live, state]);
  return state;
}

export function NoticeList({ notices }: { notices: readonly string[] }): ReactNode {
  if (notices.length === 0) return null;
  return (
    <section className="notice admin-notices" aria-label="確認してください">
      <p>
        <strong>確認してください</strong>(このままでも保存・公開はできます)
      </p>
      <ul>
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
    </section>
  );
}
