/**
 * On a phone the filter pane waits behind its button, so results come first; on a wide screen
 * CSS shows the pane beside the results and hides the button (search.css).
 */
export function collapsibleFilters(root: Document): void {
  for (const toggle of root.querySelectorAll<HTMLButtonElement>('.search-filters-toggle[aria-controls]')) {
    const pane = root.getElementById(toggle.getAttribute('aria-controls') ?? '');
    if (!pane) continue;
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      pane.toggleAttribute('data-collapsed', !open);
    });
  }
}
