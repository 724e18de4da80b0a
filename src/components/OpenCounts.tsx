import { dayJa } from '../lib/schedule/japaneseText';
import { anyUnconfirmedOn, openCounts, weekFrom } from '../lib/site/dayOverview';
import type { SiteHub } from '../lib/site/site';
import { Phrases } from './Phrases';

/**
 * The home page past the city size: how many hubs open today and on each day of the week,
 * instead of a row per hub. Each hub's own days are on the list pages and its page.
 */
export function OpenCounts({ hubs, today }: { hubs: readonly SiteHub[]; today: string }) {
  const dates = weekFrom(today);
  const { days, any } = openCounts(hubs, dates);
  return (
    <section aria-labelledby="counts-heading" className="open-counts" data-pagefind-ignore="">
      <h2 id="counts-heading">今日とこの1週間に開く拠点</h2>
      <p className="phrases">
        <Phrases
          text={`今日(${dayJa(today)})開く拠点は${days[0]?.open ?? 0}か所です。${dayJa(dates.at(-1) ?? today)}までの1週間に1日でも開く拠点は${any}か所です。${
            anyUnconfirmedOn(hubs, dates)
              ? '年末年始は、開所するかどうかが決まっていない拠点があります。各拠点にお問い合わせください。'
              : ''
          }`}
        />
      </p>
      <table className="count-table">
        <caption>日ごとの開く拠点の数</caption>
        <thead>
          <tr>
            <th scope="col">日付</th>
            <th scope="col">開く拠点</th>
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day.date}>
              <th scope="row">{dayJa(day.date)}</th>
              <td>{day.open}か所</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
