import type { Locale } from '../lib/i18n/locales';
import { pageWords } from '../lib/i18n/pageWords';
import { scheduleWords } from '../lib/i18n/scheduleWords';
import type { YearEndPeriod } from '../lib/schedule/types';
import { areaOf, fullAddress, mapSearchUrl, operatorName, telHref } from '../lib/site/hubFacts';
import type { Hub } from '../schema/hub';
import { InJapanese } from './InJapanese';
import { LocalText } from './LocalText';

interface Props {
  hub: Hub;
  yearEnd: YearEndPeriod;
  prefecture: string;
  municipality: string;
  locale?: Locale;
}

/** The hub's facts as a description list: what a resident asks first. */
export function HubFacts({ hub, yearEnd, prefecture, municipality, locale = 'ja' }: Props) {
  const say = pageWords(locale).facts;
  const words = scheduleWords(locale);
  const closures = words.closures(hub.schedule, yearEnd);
  const place = say.addressNote(municipality, prefecture);
  const label = (text: string) => (
    <dt>
      <LocalText text={text} locale={locale} cut={false} />
    </dt>
  );
  return (
    <dl className="facts">
      {/* On paper the summary above says the days and hours once: these two rows would repeat it. */}
      <div className="print-secondary">
        {label(say.days)}
        <dd className="phrases">
          <LocalText text={words.openingDays(hub.schedule)} locale={locale} />
          {closures ? (
            <span className="closures">
              <LocalText
                text={locale === 'en' ? closures.replace(/^./, (first) => first.toUpperCase()) : closures}
                locale={locale}
              />
            </span>
          ) : null}
        </dd>
      </div>
      <div className="print-secondary">
        {label(say.hours)}
        <dd className="phrases">
          <LocalText text={words.openingHours(hub.schedule)} locale={locale} />
        </dd>
      </div>
      <div>
        {label(say.address)}
        <dd>
          <InJapanese locale={locale}>
            <span>{fullAddress(hub, municipality)}</span>
          </InJapanese>
          {place ? ` (${place})` : null}
          <br />
          <a href={mapSearchUrl(hub, prefecture, municipality)} rel="external noopener">
            <LocalText text={say.map} locale={locale} cut={false} />
          </a>
        </dd>
      </div>
      <div className="print-secondary">
        {label(say.area)}
        <InJapanese locale={locale}>
          <dd>{areaOf(hub)}</dd>
        </InJapanese>
      </div>
      <div>
        {label(say.phone)}
        <dd>
          <a href={telHref(hub.phone)}>{hub.phone}</a>
        </dd>
      </div>
      <div className="print-secondary">
        {label(say.operator)}
        <InJapanese locale={locale}>
          <dd>{operatorName(hub)}</dd>
        </InJapanese>
      </div>
      {hub.audiences.length > 0 ? (
        <div className="print-secondary">
          {label(say.audiences)}
          <InJapanese locale={locale}>
            <dd>{hub.audiences.join('、')}</dd>
          </InJapanese>
        </div>
      ) : null}
      {hub.activities.length > 0 ? (
        <div className="print-secondary">
          {label(say.activities)}
          <InJapanese locale={locale}>
            <dd>{hub.activities.join('、')}</dd>
          </InJapanese>
        </div>
      ) : null}
      <div className="print-secondary">
        {label(say.accessibility)}
        {hub.accessibility ? (
          <InJapanese locale={locale}>
            <dd>{hub.accessibility}</dd>
          </InJapanese>
        ) : (
          <dd>
            <LocalText text={say.accessibilityUnknown} locale={locale} cut={false} />
          </dd>
        )}
      </div>
    </dl>
  );
}
