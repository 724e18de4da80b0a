import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN } from '../../schema/primitives';
import {
  HUBS_PER_LIST_PAGE,
  listPagePath,
  listPages,
  listsEveryHub,
  type PagerItem,
  pagerItems,
  rowStarts,
} from './listPages';

const hubs = (readings: readonly string[]) => readings.map((nameKana) => ({ hub: { nameKana } }));
const numbers = (items: PagerItem[]) =>
  items.map((item) => ('gap' in item ? '…' : item.current ? `[${item.number}]` : String(item.number))).join(' ');

describe('list pages', () => {
  it('lists every hub on one page up to the threshold, and pages past it', () => {
    expect(listsEveryHub(9)).toBe(true);
    expect(listsEveryHub(HUBS_PER_LIST_PAGE)).toBe(true);
    expect(listsEveryHub(HUBS_PER_LIST_PAGE + 1)).toBe(false);
    expect(listPages(hubs(Array(9).fill('あ')))).toMatchObject([{ number: 1, path: '/hubs/', from: 1, to: 9 }]);
    expect(listPages([])).toMatchObject([{ number: 1, path: '/hubs/', hubs: [] }]);
  });

  it('cuts the list into pages of the same size, in the order given, each hub on exactly one page', () => {
    const all = hubs(Array.from({ length: 2 * HUBS_PER_LIST_PAGE + 7 }, () => 'あ'));
    const pages = listPages(all);
    expect(pages.map((page) => [page.number, page.path, page.from, page.to])).toEqual([
      [1, '/hubs/', 1, HUBS_PER_LIST_PAGE],
      [2, '/hubs/page/2/', HUBS_PER_LIST_PAGE + 1, 2 * HUBS_PER_LIST_PAGE],
      [3, '/hubs/page/3/', 2 * HUBS_PER_LIST_PAGE + 1, 2 * HUBS_PER_LIST_PAGE + 7],
    ]);
    expect(pages.flatMap((page) => page.hubs)).toEqual(all);
  });

  it('never takes the address of a hub, whatever its slug', () => {
    for (const number of [2, 3, 40, 1000]) {
      const path = listPagePath(number);
      const [, hubs, ...rest] = path.split('/');
      expect(hubs).toBe('hubs');
      // /hubs/<slug>/ has one segment under /hubs/ and a slug never holds '/': a list page has two.
      expect(rest.filter(Boolean)).toHaveLength(2);
      expect(SLUG_PATTERN.test(rest.filter(Boolean).join('/'))).toBe(false);
    }
  });

  it('says on which page each 五十音 row starts, in row order, rows without a hub left out', () => {
    const readings = [
      ...Array(HUBS_PER_LIST_PAGE - 1).fill('あおぞら'),
      'がっこう',
      'かもめ',
      ...Array(HUBS_PER_LIST_PAGE).fill('さくら'),
      'わかば',
    ];
    expect(rowStarts(listPages(hubs(readings)))).toEqual([
      { row: 'あ行', page: 1, path: '/hubs/' },
      { row: 'か行', page: 1, path: '/hubs/' },
      { row: 'さ行', page: 2, path: '/hubs/page/2/' },
      { row: 'わ行', page: 3, path: '/hubs/page/3/' },
    ]);
  });

  it('numbers the pager as GOV.UK does: ends, the current page and its neighbours, gaps between', () => {
    expect(numbers(pagerItems(1, 1))).toBe('[1]');
    expect(numbers(pagerItems(1, 3))).toBe('[1] 2 3');
    expect(numbers(pagerItems(1, 40))).toBe('[1] 2 … 40');
    expect(numbers(pagerItems(5, 40))).toBe('1 … 4 [5] 6 … 40');
    // A gap never hides a single page: page 2 is shown instead.
    expect(numbers(pagerItems(4, 40))).toBe('1 2 3 [4] 5 … 40');
    expect(numbers(pagerItems(40, 40))).toBe('1 … 39 [40]');
    expect(pagerItems(2, 3)).toContainEqual({ number: 3, path: '/hubs/page/3/', current: false });
  });
});
