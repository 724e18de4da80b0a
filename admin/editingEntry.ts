/**
 * The entry in the editor as it is now. Decap re-renders the preview on every change but not
 * the other fields' widgets, so the preview reports the entry here for the notices widget.
 */
import type { CmsEntry } from './decap';

let current: CmsEntry | undefined;
const listeners = new Set<() => void>();

export const editingEntry = {
  current: (): CmsEntry | undefined => current,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  report(entry: CmsEntry): void {
    if (entry === current) return;
    current = entry;
    for (const listener of listeners) listener();
  },
};
