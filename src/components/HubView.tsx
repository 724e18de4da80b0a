import { openingHoursJa } from '../lib/schedule/japaneseText';
import { statusOpenDays } from '../lib/schedule/openDaysData';
import { telHref } from '../lib/site/hubFacts';
import type { SiteHub } from '../lib/site/site';
import { DaysDocuments } from './DaysDocuments';
import { HubFacts } from './HubFacts';
import { MonthCalendar } from './MonthCalendar';
import { Phrases } from './Phrases';

interface Props {
  view: SiteHub;
  today: string;
  prefecture: string;
  municipality: string;
}

/** Everything about one hub. Rendered to static HTML on the site and in the CMS preview. */
export function HubView({ view, today, prefecture, municipality }: Props) {
  const { hub } = view;
  return (
    <div className="hub-view">
      <p className="hub-summary phrases">
        <Phrases text={view.summary} />
      </p>
      {view.awaitingDays && view.daysDocuments.length > 0 ? (
        <div className="notice">
          <p>運営日は月ごとにお知らせしています。次のお知らせでご確認ください。</p>
          <DaysDocuments documents={view.daysDocuments} />
        </div>
      ) : view.awaitingDays ? (
        <p className="notice">
          運営日は月ごとにお知らせしています。これからの運営日はまだ登録されていません。お出かけの前に、お電話でお確かめください。
        </p>
      ) : null}
      {/* On the first screen of a phone: the number to call is what many readers came for. */}
      <p className="hub-phone">
        電話 <a href={telHref(hub.phone)}>{hub.phone}</a>
      </p>
      {/* Today's status and the calendars change daily: kept out of the search index. */}
      <section aria-labelledby="status-heading" className="status" data-pagefind-ignore="">
        <h2 id="status-heading">今日の開所状況</h2>
        <p
          data-opening-status
          data-open-days={statusOpenDays(view.openDays, today, view.unconfirmedDays)}
          data-phone={hub.phone}
          data-none-known={view.noneKnown}
          className={view.status.open ? 'is-open' : 'is-closed'}
        >
          <Phrases text={view.status.text} />
        </p>
      </section>
      <section aria-labelledby="facts-heading">
        <h2 id="facts-heading">基本情報</h2>
        <HubFacts hub={hub} yearEnd={view.yearEnd} prefecture={prefecture} municipality={municipality} />
      </section>
      <section aria-labelledby="calendar-heading" className="calendars" data-pagefind-ignore="">
        <h2 id="calendar-heading">開所カレンダー</h2>
        {hub.schedule.kind === 'irregular' ? (
          <p>
            この拠点は曜日を決めずに開いています。運営日は月ごとにお知らせします。「未定」の日は、まだ運営日が登録されていません。
          </p>
        ) : (
          <p className="print-secondary">祝日や臨時休業も反映しています。</p>
        )}
        {view.unconfirmedDays.some((date) => view.calendars.some((grid) => date.startsWith(`${grid.month}-`))) ? (
          <p>
            「要問合せ」の日は年末年始です。開所するかどうかは、拠点にお問い合わせください(電話{' '}
            <a href={telHref(hub.phone)}>{hub.phone}</a>)。
          </p>
        ) : null}
        <p>時間を書いていない開所日は、ふだんの時間({openingHoursJa(hub.schedule)})に開いています。</p>
        {view.daysDocuments.length > 0 && !view.awaitingDays ? (
          <>
            <p>拠点からの運営日のお知らせも、あわせてご覧ください。</p>
            <DaysDocuments documents={view.daysDocuments} />
          </>
        ) : null}
        {view.awaitingDays ? (
          <p>
            {view.daysDocuments.length > 0
              ? 'このカレンダーには、運営日が登録されると表示されます。それまでは、上のお知らせでご確認ください。'
              : '今月と来月の運営日は、まだ登録されていません。決まりしだい、このカレンダーでお知らせします。'}
          </p>
        ) : (
          view.calendars.map((grid) => (
            <MonthCalendar key={grid.month} grid={grid} today={today} schedule={hub.schedule} />
          ))
        )}
      </section>
      {hub.photos.length > 0 ? (
        <section aria-labelledby="photos-heading">
          <h2 id="photos-heading">拠点の様子</h2>
          {hub.photos.map((photo) => (
            <figure key={photo.src}>
              <img src={photo.src} alt={photo.alt} loading="lazy" />
            </figure>
          ))}
        </section>
      ) : null}
      {view.bodyHtml ? (
        <section aria-labelledby="about-heading">
          <h2 id="about-heading">拠点の紹介</h2>
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: bodyHtml is sanitised by renderMarkdown */}
          <div className="prose" dangerouslySetInnerHTML={{ __html: view.bodyHtml }} />
        </section>
      ) : null}
    </div>
  );
}
