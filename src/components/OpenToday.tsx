import { type Locale, localePath } from '../lib/i18n/locales';
import { scheduleWords } from '../lib/i18n/scheduleWords';
import { statusOpenDays } from '../lib/schedule/openDaysData';
import { openOn } from '../lib/site/dayOverview';
import { hubPath } from '../lib/site/hubFacts';
import type { HubText } from '../lib/site/hubText';
import type { SiteHub } from '../lib/site/site';
import { HubName } from './HubName';
import { InJapanese } from './InJapanese';
import { LocalText } from './LocalText';

/**
 * 「今日開いている拠点」: only the hubs open today, each with its hours and whether it is open
 * now. Every hub is in the markup, the closed ones `hidden`, so the reader's browser can show
 * the right ones on another day (statusRefresh.ts); without JavaScript the build's day stands.
 */
export function OpenToday({
  hubs,
  today,
  scope,
  locale = 'ja',
  texts,
}: {
  hubs: readonly SiteHub[];
  today: string;
  /** Which hubs the list covers, when not every hub (a page of the paged list). */
  scope?: string;
  /** The page's language, and each hub's status in it (src/lib/site/hubText.ts); Japanese unless told. */
  locale?: Locale;
  texts?: ReadonlyMap<string, HubText>;
}) {
  const words = scheduleWords(locale);
  const open = new Map(openOn(hubs, today).map(({ view, day }) => [view.hub.slug, day]));
  return (
    <section aria-labelledby="today-heading" className="open-today" data-open-today data-pagefind-ignore="">
      <h2 id="today-heading">
        <LocalText text={words.status.openToday.before} locale={locale} cut={false} />
        <span data-today-date>
          <LocalText text={words.day(today)} locale={locale} cut={false} />
        </span>
        <LocalText text={words.status.openToday.after} locale={locale} cut={false} />
      </h2>
      {scope ? <p>{scope}</p> : null}
      <p data-none-open hidden={open.size > 0}>
        <LocalText text={words.status.openToday.none} locale={locale} cut={false} />
      </p>
      <ul className="today-list phrases">
        {hubs.map((view) => {
          const day = open.get(view.hub.slug);
          const text = texts?.get(view.hub.slug) ?? view;
          return (
            <li key={view.hub.slug} hidden={!day}>
              <InJapanese locale={locale}>
                <a className="name" href={localePath(hubPath(view.hub), locale)}>
                  <HubName hub={view.hub} locale={locale} />
                </a>
              </InJapanese>
              <span className="today-hours" data-today-hours>
                {day ? (
                  <LocalText text={words.status.todayHours(words.hours(day.opens, day.closes))} locale={locale} />
                ) : (
                  ''
                )}
              </span>
              <span
                className={`today-status ${text.status.open ? 'is-open' : 'is-closed'}`}
                data-opening-status
                data-open-days={statusOpenDays(view.openDays, today, view.unconfirmedDays)}
                data-phone={view.hub.phone}
                data-none-known={text.noneKnown}
              >
                <LocalText text={text.status.text} locale={locale} />
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
