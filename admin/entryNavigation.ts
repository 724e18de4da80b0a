/**
 * Going from one entry to another by the address (back/forward, a bookmark, a typed URL)
 * must show the entry in the address. Decap's editor loads its entry only when it mounts,
 * and react-router keeps the same editor mounted from one entry's route to the next, so
 * the previous entry stayed on screen. Reloading the page mounts a fresh editor.
 */

/** '#/collections/hubs/entries/yui-cafe' → 'hubs/yui-cafe'; undefined off an existing entry's editor. */
export function entryOfHash(hash: string): string | undefined {
  const match = /^#\/collections\/([^/?]+)\/entries\/([^?]+)/.exec(hash);
  return match ? `${match[1]}/${match[2]}` : undefined;
}

/** Watches the address; `reload` is called when it leads from one entry's editor straight to another's. */
export function reloadOnEntryChange(reload: () => void = () => window.location.reload()): void {
  let shown = entryOfHash(window.location.hash);
  window.addEventListener('hashchange', () => {
    // Decap may still cancel the move (unsaved changes) by going back: judge once it settles.
    setTimeout(() => {
      const now = entryOfHash(window.location.hash);
      if (shown !== undefined && now !== undefined && now !== shown) reload();
      else shown = now;
    }, 100);
  });
}
