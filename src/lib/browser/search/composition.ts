/**
 * Pagefind's inputs search on every `input` event, including the ones an IME fires while a
 * word is still being composed (こうし… before it becomes 甲子園). Its own guard covers only
 * keydown. We swallow composing input events before they reach the component, and replay one
 * `input` when the composition ends.
 */
export function holdSearchWhileComposing(root: Document, selector: string): void {
  const inSearch = (target: EventTarget | null): target is HTMLInputElement =>
    target instanceof HTMLInputElement && target.closest(selector) !== null;
  root.addEventListener(
    'input',
    (event) => {
      if (event instanceof InputEvent && event.isComposing && inSearch(event.target)) event.stopImmediatePropagation();
    },
    true,
  );
  root.addEventListener(
    'compositionend',
    (event) => {
      if (inSearch(event.target)) event.target.dispatchEvent(new Event('input', { bubbles: true }));
    },
    true,
  );
}
