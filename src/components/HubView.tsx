import type { Locale } from '../lib/i18n/locales';
import { pageWords } from '../lib/i18n/pageWords';
import { scheduleWords } from '../lib/i18n/scheduleWords';
import { statusOpenDays } from '../lib/schedule/openDaysData';
import { telHref } from '../lib/site/hubFacts';
import type { HubText } from '../lib/site/hubText';
import type { SiteHub } from '../lib/site/site';
import { DaysDocuments } from './DaysDocuments';
import { HubFacts } from './HubFacts';
import { InJapanese } from './InJapanese';
import { LocalText } from './LocalText';
import { MonthCalendar } from './MonthCalendar';

interface Props {
  view: SiteHub;
  today: string;
  prefecture: string;
  municipality: string;
  /** The page's language and what the hub's days come to in it (src/lib/site/hubText.ts); Japanese unless told. */
  locale?: Locale;
  text?: HubText;
}

/** Everything about one hub. Rendered to static HTML on the site and in the CMS preview. */
export function HubView({ view, today, prefecture, municipality, locale = 'ja', text = view }: Props) {
  const { hub } = view;
  const say = pageWords(locale);
  const words = scheduleWords(locale);
  const documents = text.daysDocuments;
  return (
    <div className="hub-view">
      <p className="hub-summary phrases">
        <LocalText text={text.summary} locale={locale} />
      </p>
      {view.awaitingDays && documents.length > 0 ? (
        <div className="notice">
          <p>
            <LocalText text={say.awaitingWithNotice} locale={locale} cut={false} />
          </p>
          <DaysDocuments documents={documents} locale={locale} />
        </div>
      ) : view.awaitingDays ? (
        <p className="notice">
          <LocalText text={say.awaitingWithoutNotice} locale={locale} cut={false} />
        </p>
      ) : null}
      {/* On the first screen of a phone: the number to call is what many readers came for. */}
      <p className="hub-phone">
        <LocalText text={say.phone} locale={locale} cut={false} /> <a href={telHref(hub.phone)}>{hub.phone}</a>
      </p>
      {/* Today's status and the calendars change daily: kept out of the search index. */}
      <section aria-labelledby="status-heading" className="status" data-pagefind-ignore="">
        <h2 id="status-heading">
          <LocalText text={say.statusHeading} locale={locale} cut={false} />
        </h2>
        <p
          data-opening-status
          data-open-days={statusOpenDays(view.openDays, today, view.unconfirmedDays)}
          data-phone={hub.phone}
          data-none-known={text.noneKnown}
          className={text.status.open ? 'is-open' : 'is-closed'}
        >
          <LocalText text={text.status.text} locale={locale} />
        </p>
      </section>
      <section aria-labelledby="facts-heading">
        <h2 id="facts-heading">
          <LocalText text={say.factsHeading} locale={locale} cut={false} />
        </h2>
        <HubFacts
          hub={hub}
          yearEnd={view.yearEnd}
          prefecture={prefecture}
          municipality={municipality}
          locale={locale}
        />
      </section>
      <section aria-labelledby="calendar-heading" className="calendars" data-pagefind-ignore="">
        <h2 id="calendar-heading">
          <LocalText text={say.calendarHeading} locale={locale} cut={false} />
        </h2>
        {hub.schedule.kind === 'irregular' ? (
          <p>
            <LocalText text={say.irregularCalendarNote} locale={locale} cut={false} />
          </p>
        ) : (
          <p className="print-secondary">
            <LocalText text={say.holidaysIncluded} locale={locale} cut={false} />
          </p>
        )}
        {view.unconfirmedDays.some((date) => view.calendars.some((grid) => date.startsWith(`${grid.month}-`))) ? (
          <p>
            <LocalText text={say.unconfirmedNote} locale={locale} cut={false} />
            {say.punctuation.open}
            <LocalText text={say.phone} locale={locale} cut={false} /> <a href={telHref(hub.phone)}>{hub.phone}</a>
            {say.punctuation.close}
            {say.punctuation.stop}
          </p>
        ) : null}
        <p>
          <LocalText text={say.usualHoursNote(words.openingHours(hub.schedule))} locale={locale} cut={false} />
        </p>
        {documents.length > 0 && !view.awaitingDays ? (
          <>
            <p>
              <LocalText text={say.seeNoticesToo} locale={locale} cut={false} />
            </p>
            <DaysDocuments documents={documents} locale={locale} />
          </>
        ) : null}
        {view.awaitingDays ? (
          <p>
            <LocalText
              text={documents.length > 0 ? say.calendarAfterNotice : say.calendarNotYet}
              locale={locale}
              cut={false}
            />
          </p>
        ) : (
          view.calendars.map((grid) => (
            <MonthCalendar key={grid.month} grid={grid} today={today} schedule={hub.schedule} locale={locale} />
          ))
        )}
      </section>
      {hub.photos.length > 0 ? (
        <section aria-labelledby="photos-heading">
          <h2 id="photos-heading">
            <LocalText text={say.photosHeading} locale={locale} cut={false} />
          </h2>
          {hub.photos.map((photo) => (
            <figure key={photo.src}>
              <img src={photo.src} alt={photo.alt} loading="lazy" lang={locale === 'en' ? 'ja' : undefined} />
            </figure>
          ))}
        </section>
      ) : null}
      {view.bodyHtml ? (
        <section aria-labelledby="about-heading">
          <h2 id="about-heading">
            <LocalText text={say.aboutHeading} locale={locale} cut={false} />
          </h2>
          <InJapanese locale={locale}>
            {/* biome-ignore lint/security/noDangerouslySetInnerHtml: bodyHtml is sanitised by renderMarkdown */}
            <div className="prose" dangerouslySetInnerHTML={{ __html: view.bodyHtml }} />
          </InJapanese>
        </section>
      ) : null}
    </div>
  );
}
