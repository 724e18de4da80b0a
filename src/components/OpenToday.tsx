import { dayJa, hoursJa } from '../lib/schedule/japaneseText';
import { statusOpenDays } from '../lib/schedule/openDaysData';
import { openOn } from '../lib/site/dayOverview';
import { hubPath } from '../lib/site/hubFacts';
import type { SiteHub } from '../lib/site/site';
import { Phrases } from './Phrases';

/**
 * 「今日開いている拠点」: only the hubs open today, each with its hours and whether it is open
 * now. Every hub is in the markup, the closed ones `hidden`, so the reader's browser can show
 * the right ones on another day (statusRefresh.ts); without JavaScript the build's day stands.
 */
export function OpenToday({
  hubs,
  today,
  scope,
}: {
  hubs: readonly SiteHub[];
  today: string;
  /** Which hubs the list covers, when not every hub (a page of the paged list). */
  scope?: string;
}) {
  const open = new Map(openOn(hubs, today).map(({ view, day }) => [view.hub.slug, day]));
  return (
    <section aria-labelledby="today-heading" className="open-today" data-open-today data-pagefind-ignore="">
      <h2 id="today-heading">
        今日(<span data-today-date>{dayJa(today)}</span>)開いている拠点
      </h2>
      {scope ? <p>{scope}</p> : null}
      <p data-none-open hidden={open.size > 0}>
        今日開いている拠点はありません。次に開く日は、下の「この1週間の開所日」や各拠点のページでご確認ください。
      </p>
      <ul className="today-list phrases">
        {hubs.map((view) => {
          const day = open.get(view.hub.slug);
          return (
            <li key={view.hub.slug} hidden={!day}>
              <a className="name" href={hubPath(view.hub)}>
                {view.hub.name}
              </a>
              <span className="today-hours" data-today-hours>
                {day ? <Phrases text={`本日 ${hoursJa(day.opens, day.closes)}`} /> : ''}
              </span>
              <span
                className={`today-status ${view.status.open ? 'is-open' : 'is-closed'}`}
                data-opening-status
                data-open-days={statusOpenDays(view.openDays, today, view.unconfirmedDays)}
                data-phone={view.hub.phone}
                data-none-known={view.noneKnown}
              >
                <Phrases text={view.status.text} />
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
