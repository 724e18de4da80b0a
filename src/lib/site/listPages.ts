import { KANA_ROWS, type KanaRow, kanaRowOf } from './kanaRows';

/**
 * Up to this many hubs (a city: Nishinomiya has 9) the home page, /hubs/ and /search/ list every
 * hub. Past it a page of every hub outgrows a phone (at 2,000 hubs ~72,000 elements): the list
 * is cut into pages of this many hubs in よみがな order, and the home page gives counts instead.
 */
export const HUBS_PER_LIST_PAGE = 50;

/** The one decision between the city-size pages and the paged ones. */
export function listsEveryHub(hubCount: number): boolean {
  return hubCount <= HUBS_PER_LIST_PAGE;
}

/**
 * Page 1 is /hubs/; later pages /hubs/page/<n>/. A hub's page is /hubs/<slug>/ and a slug holds no
 * '/', so no list page can ever take a hub's address (not even a hub called "page").
 */
export function listPagePath(number: number): string {
  return number === 1 ? '/hubs/' : `/hubs/page/${number}/`;
}

export interface ListPage<T> {
  /** 1-based. */
  number: number;
  path: string;
  hubs: readonly T[];
  /** Position of the page's first hub in the whole list, 1-based. */
  from: number;
  to: number;
}

/** The hub list cut into pages, in the order given (the site's よみがな order); always at least page 1. */
export function listPages<T>(hubs: readonly T[]): [ListPage<T>, ...ListPage<T>[]] {
  const page = (index: number): ListPage<T> => {
    const start = index * HUBS_PER_LIST_PAGE;
    const slice = hubs.slice(start, start + HUBS_PER_LIST_PAGE);
    return { number: index + 1, path: listPagePath(index + 1), hubs: slice, from: start + 1, to: start + slice.length };
  };
  const count = Math.ceil(hubs.length / HUBS_PER_LIST_PAGE);
  return [page(0), ...Array.from({ length: count - 1 }, (_, index) => page(index + 1))];
}

export interface RowStart {
  row: KanaRow;
  page: number;
  path: string;
}

/** For each 五十音 row that has a hub, the page its first hub is on: the 「あ行・か行…」 index. */
export function rowStarts<T extends { hub: { nameKana: string } }>(pages: readonly ListPage<T>[]): RowStart[] {
  const first = new Map<KanaRow, ListPage<T>>();
  for (const page of pages) {
    for (const view of page.hubs) {
      const row = kanaRowOf(view.hub.nameKana);
      if (row && !first.has(row)) first.set(row, page);
    }
  }
  return KANA_ROWS.flatMap(({ label }) => {
    const page = first.get(label);
    return page ? [{ row: label, page: page.number, path: page.path }] : [];
  });
}

export type PagerItem = { number: number; path: string; current: boolean } | { gap: true };

/**
 * The numbered links of a pager, as GOV.UK's pagination: the first and last page, the current one
 * and its neighbours, a gap for what is left out (never a gap that hides a single page).
 */
export function pagerItems(current: number, total: number): PagerItem[] {
  const shown = [...new Set([1, current - 1, current, current + 1, total])]
    .filter((number) => number >= 1 && number <= total)
    .sort((a, b) => a - b);
  const items: PagerItem[] = [];
  let previous = 0;
  for (const number of shown) {
    if (number - previous === 2) items.push(link(number - 1, current));
    else if (number - previous > 2) items.push({ gap: true });
    items.push(link(number, current));
    previous = number;
  }
  return items;
}

function link(number: number, current: number): PagerItem {
  return { number, path: listPagePath(number), current: number === current };
}
