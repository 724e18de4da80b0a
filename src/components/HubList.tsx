import type { Locale } from '../lib/i18n/locales';
import { localePath } from '../lib/i18n/locales';
import { pageWords } from '../lib/i18n/pageWords';
import { scheduleWords } from '../lib/i18n/scheduleWords';
import { areaOf, hubPath, telHref } from '../lib/site/hubFacts';
import type { SiteHub } from '../lib/site/site';
import { HubName } from './HubName';
import { InJapanese } from './InJapanese';
import { LocalText } from './LocalText';

/** The hubs as a list of cards: name, area, days and hours in words, phone. */
export function HubList({
  hubs,
  headingLevel = 2,
  locale = 'ja',
}: {
  hubs: readonly SiteHub[];
  headingLevel?: 2 | 3;
  locale?: Locale;
}) {
  const Heading = `h${headingLevel}` as const;
  const say = pageWords(locale);
  const words = scheduleWords(locale);
  return (
    <ul className="hub-list phrases">
      {hubs.map(({ hub, summary, yearEnd }) => (
        <li key={hub.slug}>
          <Heading>
            <InJapanese locale={locale}>
              <a className="name" href={localePath(hubPath(hub), locale)}>
                <HubName hub={hub} locale={locale} />
              </a>
            </InJapanese>
          </Heading>
          <dl>
            <div>
              <dt>
                <LocalText text={say.hubList.area} locale={locale} cut={false} />
              </dt>
              <InJapanese locale={locale}>
                <dd>{areaOf(hub)}</dd>
              </InJapanese>
            </div>
            <div>
              <dt>
                <LocalText text={say.hubList.schedule} locale={locale} cut={false} />
              </dt>
              <dd>
                <LocalText text={locale === 'ja' ? summary : words.summary(hub.schedule, yearEnd)} locale={locale} />
              </dd>
            </div>
            <div>
              <dt>
                <LocalText text={say.phone} locale={locale} cut={false} />
              </dt>
              <dd>
                <a href={telHref(hub.phone)}>{hub.phone}</a>
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
