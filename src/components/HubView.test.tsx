import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../lib/content/load';
import { decodeOpenDays } from '../lib/schedule/openDaysData';
import { openingStatus } from '../lib/schedule/openingStatus';
import { buildSite } from '../lib/site/site';
import { operatingMonthSchema } from '../schema/calendar';
import { HubView } from './HubView';

/** The shipped content on the evening of Mon 28 Dec 2026 in Tokyo, the day before the year end. */
const NOW = new Date('2026-12-28T18:00:00+09:00');
const shipped = loadContent(path.resolve(import.meta.dirname, '../../content'));
const site = buildSite(shipped, NOW);
const viewOf = (slug: string) => {
  const view = site.hubs.find((candidate) => candidate.hub.slug === slug);
  if (!view) throw new Error(slug);
  return view;
};
const pageOf = (slug: string) =>
  renderToStaticMarkup(<HubView view={viewOf(slug)} today={site.today} prefecture="兵庫県" municipality="西宮市" />);
const text = (html: string) =>
  html
    .replace(/<wbr\s*\/?>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
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
    expect(
      openingStatus(data?.days ?? [], new Date('2026-12-31T11:00:00+09:00'), {
        unconfirmed: data?.unconfirmed ?? [],
      }).text,
    ).toBe('本日は年末年始です。年末年始の開所は拠点にお問い合わせください。');
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

describe('the hub without fixed days, when staff attached the month’s notice but listed no days', () => {
  const notice = '/documents/puchi-2026-12.pdf';
  const withNotice = buildSite(
    {
      ...shipped,
      months: [
        ...shipped.months,
        {
          file: 'content/calendars/ochanoma-puchi-dagashiyasan-2026-12.yaml',
          data: operatingMonthSchema.parse({
            hub: 'ochanoma-puchi-dagashiyasan',
            month: '2026-12',
            daysDocument: notice,
          }),
          body: '',
        },
      ],
      documentBytes: new Map([[notice, 1_673_216]]),
    },
    NOW,
  );
  const view = withNotice.hubs.find((candidate) => candidate.hub.slug === 'ochanoma-puchi-dagashiyasan');
  if (!view) throw new Error('ochanoma-puchi-dagashiyasan');
  const html = renderToStaticMarkup(
    <HubView view={view} today={withNotice.today} prefecture="兵庫県" municipality="西宮市" />,
  );

  it('leads with the notice, linked like the city links it (type and size), in the same tab', () => {
    const lead = html.slice(0, html.indexOf('hub-phone'));
    expect(text(lead)).toContain('運営日は月ごとにお知らせしています。次のお知らせでご確認ください。');
    expect(lead).toContain(`<a href="${notice}">12月の運営日(PDF:1,634KB)</a>`);
    expect(html).not.toContain('target=');
    expect(text(html)).not.toContain('まだ登録されていません');
  });

  it('has the status point to the notice, at build time and in the browser', () => {
    const expected = '運営日は、このページの「12月の運営日」のお知らせでご確認ください。';
    expect(view.status.text).toBe(expected);
    const element = /data-open-days="([^"]*)"[^>]*data-none-known="([^"]*)"/.exec(html);
    const data = decodeOpenDays(element?.[1]);
    expect(
      openingStatus(data?.days ?? [], new Date('2026-12-29T10:00:00+09:00'), { noneKnown: element?.[2] ?? '' }).text,
    ).toBe(expected);
  });
});
