import { holdSearchWhileComposing } from './search/composition';
import { orderFilters } from './search/labels';
import { SEARCH_OPTIONS } from './search/options';
import { normalizeQuery } from './search/query';
import { type ResultData, resultCard } from './search/resultCard';

/**
 * Progressive enhancement for search: without this script the header shows a plain link and
 * /search/ lists every hub. With it, Pagefind's Component UI (served from the built /pagefind/
 * bundle, loaded only here so content pages carry no render-blocking search CSS) is configured
 * before it first loads the index.
 */

type FilterCounts = Record<string, Record<string, number>>;

interface PagefindInstance {
  triggerSearch(term: string): void;
  on(event: 'filters', callback: (data: { available: FilterCounts; total: FilterCounts }) => void): void;
}

interface PagefindComponents {
  configureInstance(name: string, options: object): PagefindInstance;
}

declare global {
  interface Window {
    PagefindComponents?: PagefindComponents;
  }
}

const BUNDLE = '/pagefind/';
const INSTANCES = ['default', 'page'];

function loadStylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(`${href} を読み込めませんでした`)));
    document.head.append(link);
  });
}

async function start(): Promise<void> {
  holdSearchWhileComposing(document, 'pagefind-input, pagefind-searchbox');
  await loadStylesheet(`${BUNDLE}pagefind-component-ui.css`);
  await import(/* @vite-ignore */ `${BUNDLE}pagefind-component-ui.js`);
  const components = window.PagefindComponents;
  if (!components) throw new Error('Pagefind Component UI が見つかりません');
  for (const name of INSTANCES) {
    const instance = components.configureInstance(name, SEARCH_OPTIONS);
    const search = instance.triggerSearch.bind(instance);
    instance.triggerSearch = (term) => search(normalizeQuery(term));
    // Runs before the filter pane's own listener (the pane is added below), so the pane
    // renders 地区・開所曜日… and 月曜日→日曜日 in reading order.
    instance.on('filters', (data) => {
      data.available = orderFilters(data.available ?? {});
      data.total = orderFilters(data.total ?? {});
    });
  }
  for (const results of document.querySelectorAll('pagefind-results')) {
    Object.assign(results, { resultTemplate: (data: ResultData) => resultCard(data, document) });
  }
  // The trigger's aria-label repeats its visible text minus the shortcut keys, which fails
  // WCAG 2.5.3 (label in name). Its content (icon and keys aria-hidden) already names it, and
  // aria-keyshortcuts announces the shortcut.
  for (const trigger of document.querySelectorAll('pagefind-modal-trigger button[aria-label]')) {
    trigger.removeAttribute('aria-label');
  }
  const paneTemplate = document.querySelector<HTMLTemplateElement>('template[data-search-filter-pane]');
  paneTemplate?.replaceWith(paneTemplate.content.cloneNode(true));
  for (const hidden of document.querySelectorAll<HTMLElement>('[data-search-enhanced]')) hidden.hidden = false;
}

start().catch((error: unknown) => {
  // Search stays reachable as the /search/ page; the header link and the hub list still work.
  console.error('検索を準備できませんでした', error);
});
