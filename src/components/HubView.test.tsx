import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../lib/content/load';
import { decodeOpenDays } from '../lib/schedule/openDaysData';
import { openingStatus } from '../lib/schedule/openingStatus';
import { buildSite } from '../lib/site/site';
import { HubView } from './HubView';

/** The shipped content on the evening of Mon 28 Dec 2026 in Tokyo, the day before the year end. */
const NOW = new Date('2026-12-28T18:00:00+09:00');
const site = buildSite(loadContent(path.resolve(import.meta.dirname, '../../content')), NOW);
const viewOf = (slug: string) => {
  const view = site.hubs.find((candidate) => candidate.hub.slug === slug);
  if (!view) throw new Error(slug);
  return view;
};
const pageOf = (slug: string) =>
  renderToStaticMarkup(<HubView view={viewOf(slug)} today={site.today} prefecture="兵庫県" municipality="西宮市" />);
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
/** The cells of a month calendar as 'day mark detail' text. */
const cell = (html: string, month: string, day: number) => {
  const table = html.slice(html.indexOf(`data-month="${month}"`));
  const cells = table
    .slice(0, table.indexOf('</table>'))
    .split('<td')
    .slice(1)
    .map((part) => text(`<td${part}`));
  return cells.find((candidate) => candidate.trim().startsWith(`${day} `))?.trim();
};

describe('a hub whose seed text says nothing of the year end (HAMACO:LIVING: 月曜・水曜〜土曜, 祝日休み)', () => {
  it('never asserts it is open then: the summary, the calendar and the status send the reader to the hub', () => {
    const html = pageOf('hamaco-living');
    expect(text(html)).toContain('(祝日休み。年末年始の開所は拠点にお問い合わせください)');
    expect(cell(html, '2026-12', 28)).toBe('28 開所 今日');
    expect(cell(html, '2026-12', 30)).toBe('30 要問合せ 年末年始');
    expect(cell(html, '2026-12', 31)).toBe('31 要問合せ 年末年始');
    expect(cell(html, '2027-01', 1)).toBe('1 休み 元日');
    expect(cell(html, '2027-01', 2)).toBe('2 要問合せ 年末年始');
    expect(cell(html, '2027-01', 4)).toBe('4 開所');
    expect(text(html)).toContain('「要問合せ」の日は年末年始です。開所するかどうかは、拠点にお問い合わせください(電話');
    expect(viewOf('hamaco-living').status.text).toBe(
      'いまは閉まっています。12月30日(水)からの年末年始の開所は拠点にお問い合わせください。',
    );
  });

  it('gives the browser the same answer from the page’s data, on a day inside the period', () => {
    const view = viewOf('hamaco-living');
    const data = decodeOpenDays(/data-open-days="([^"]+)"/.exec(pageOf('hamaco-living'))?.[1]);
    expect(data?.unconfirmed).toEqual(
      view.unconfirmedDays.filter((date) => date >= site.today && date <= (data?.until ?? '')),
    );
    expect(data?.unconfirmed).toEqual(['2026-12-30', '2026-12-31', '2027-01-02']);
    expect(openingStatus(data?.days ?? [], new Date('2026-12-31T11:00:00+09:00'), data?.unconfirmed).text).toBe(
      '本日は年末年始です。年末年始の開所は拠点にお問い合わせください。',
    );
    expect(view.openDays.some((day) => day.date >= '2026-12-29' && day.date <= '2027-01-03')).toBe(false);
  });

  it('leaves the hubs the seed says close over the year end as they were', () => {
    const html = pageOf('machi-cafe-nagomi');
    expect(text(html)).toContain('(祝日・年末年始休み)');
    expect(cell(html, '2026-12', 29)).toBe('29 休み 年末年始');
    expect(html).not.toContain('要問合せ');
    expect(viewOf('machi-cafe-nagomi').unconfirmedDays).toEqual([]);
  });
});
