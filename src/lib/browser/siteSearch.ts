import { holdSearchWhileComposing } from './search/composition';
import { orderFilters } from './search/labels';
import { SEARCH_OPTIONS } from './search/options';
import { type Filters, searchRequest } from './search/question';
import { type ResultData, resultCard } from './search/resultCard';

/**
 * Pagefind's Component UI, loaded by searchOpener.ts when the reader opens search (served from the
 * built /pagefind/ bundle, so pages carry none of it until then), and configured before it first
 * loads the index.
 */

type FilterCounts = Record<string, Record<string, number>>;

interface PagefindApi {
  search(term: string | null, options?: { filters?: Filters }): Promise<unknown>;
}

interface PagefindInstance {
  triggerSearch(term: string): void;
  on(event: 'filters', callback: (data: { available: FilterCounts; total: FilterCounts }) => void): void;
  /** The Component UI's loader and the Pagefind API it makes: every search goes through them. */
  __load__(): Promise<void>;
  __pagefind__?: PagefindApi;
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

/**
 * Every search of the instance, whatever component started it (input, filter pane), is first
 * read as a question (searchRequest: 日曜 → the 開所曜日 filter); `asked` hears each one.
 */
function answerQuestions(instance: PagefindInstance, asked: (yearEnd: boolean) => void): void {
  const load = instance.__load__.bind(instance);
  const wrapped = new WeakSet<PagefindApi>();
  instance.__load__ = async () => {
    await load();
    const api = instance.__pagefind__;
    if (!api || wrapped.has(api)) return;
    wrapped.add(api);
    const search = api.search.bind(api);
    api.search = (term, options = {}) => {
      const request = searchRequest(term ?? '', options.filters ?? {});
      asked(request.yearEnd);
      return search(request.term || null, { ...options, filters: request.filters });
    };
  };
}

/** Pagefind's own inputs wait this long after a keystroke. */
const DEBOUNCE_MS = 300;

/**
 * The /search/ page's input is plain HTML (it is there, labelled, before any script loads);
 * once search is loaded it drives the page's instance, as Pagefind's input would. Words still
 * being composed by an IME are not searched; what was typed before loading is.
 */
function connectPageInput(instance: PagefindInstance): void {
  const input = document.querySelector<HTMLInputElement>('[data-search-input]');
  if (!input) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const searchSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => instance.triggerSearch(input.value), DEBOUNCE_MS);
  };
  input.addEventListener('input', (event) => {
    if (!(event instanceof InputEvent && event.isComposing)) searchSoon();
  });
  input.addEventListener('compositionend', searchSoon);
  if (input.value) instance.triggerSearch(input.value);
}

async function configure(): Promise<void> {
  holdSearchWhileComposing(document, 'pagefind-input, pagefind-searchbox');
  await loadStylesheet(`${BUNDLE}pagefind-component-ui.css`);
  await import(/* @vite-ignore */ `${BUNDLE}pagefind-component-ui.js`);
  const components = window.PagefindComponents;
  if (!components) throw new Error('Pagefind Component UI が見つかりません');
  const yearEnd: Record<string, boolean> = {};
  for (const name of INSTANCES) {
    const instance = components.configureInstance(name, SEARCH_OPTIONS);
    answerQuestions(instance, (asked) => {
      yearEnd[name] = asked;
    });
    // Runs before the filter pane's own listener (the pane is added below), so the pane
    // renders 町名・開所曜日… and 月曜日→日曜日 in reading order.
    instance.on('filters', (data) => {
      data.available = orderFilters(data.available ?? {});
      data.total = orderFilters(data.total ?? {});
    });
    if (name === 'page') connectPageInput(instance);
  }
  for (const results of document.querySelectorAll('pagefind-results')) {
    const name = results.getAttribute('instance') ?? 'default';
    Object.assign(results, {
      resultTemplate: (data: ResultData) => resultCard(data, document, { yearEnd: yearEnd[name] ?? false }),
    });
  }
  const paneTemplate = document.querySelector<HTMLTemplateElement>('template[data-search-filter-pane]');
  paneTemplate?.replaceWith(paneTemplate.content.cloneNode(true));
}

/** Loads and configures search; a failure leaves the /search/ page's list and the nav link working. */
export async function startSearch(): Promise<void> {
  try {
    await configure();
  } catch (error) {
    console.error('検索を準備できませんでした', error);
    throw error;
  }
}
