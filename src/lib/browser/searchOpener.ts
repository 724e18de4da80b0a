import { collapsibleFilters } from './search/filterToggle';

/**
 * The little search code every page carries: it makes the header's search button work and loads
 * Pagefind's Component UI (about 300 KB) and index only when the reader opens search: the
 * button, Ctrl+K or ⌘K, or a touch, click or focus in the /search/ page's search section.
 * Without JavaScript (search-noscript.css hides the button and the section) the nav's 検索 link
 * leads to /search/, which lists every hub.
 */

type Modal = HTMLElement & { open(): void };

let started: Promise<void> | undefined;

function startSearch(): Promise<void> {
  started ??= import('./siteSearch').then((search) => search.startSearch());
  return started;
}

async function openModal(trigger: HTMLButtonElement): Promise<void> {
  trigger.setAttribute('aria-busy', 'true');
  try {
    await startSearch();
  } catch {
    // The search page still lists every hub.
    if (!location.pathname.startsWith('/search/')) location.assign('/search/');
    return;
  } finally {
    trigger.removeAttribute('aria-busy');
  }
  const modal = document.querySelector<Modal>('pagefind-modal');
  const dialog = modal?.querySelector('dialog');
  if (!modal || !dialog) return;
  modal.open();
  trigger.setAttribute('aria-expanded', 'true');
  // Pagefind returns focus only to its own trigger: this button is ours.
  dialog.addEventListener(
    'close',
    () => {
      trigger.setAttribute('aria-expanded', 'false');
      trigger.focus();
    },
    { once: true },
  );
}

function isMac(): boolean {
  const data = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData;
  return /mac/i.test(data?.platform ?? navigator.userAgent);
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

function enhance(): void {
  const trigger = document.querySelector<HTMLButtonElement>('[data-search-open]');
  if (trigger) {
    const mac = isMac();
    const mod = trigger.querySelector('[data-search-mod]');
    if (mod && mac) mod.textContent = '⌘';
    trigger.addEventListener('click', () => void openModal(trigger));
    document.addEventListener('keydown', (event) => {
      const pressed = mac ? event.metaKey : event.ctrlKey;
      if (!pressed || event.key.toLowerCase() !== 'k' || isTyping(event.target)) return;
      event.preventDefault();
      void openModal(trigger);
    });
  }
  const section = document.querySelector('[data-search-page]');
  if (section) {
    collapsibleFilters(document);
    const load = () => startSearch().catch(() => undefined);
    for (const type of ['focusin', 'pointerdown']) section.addEventListener(type, load, { once: true });
  }
}

enhance();
