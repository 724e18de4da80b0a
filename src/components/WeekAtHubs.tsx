import { dayJa } from '../lib/schedule/japaneseText';
import { anyUnconfirmedOn, statusesOn, weekFrom } from '../lib/site/dayOverview';
import { hubPath } from '../lib/site/hubFacts';
import type { SiteHub } from '../lib/site/site';
import { dayLabel, dayState } from './MonthCalendar';
import { Phrases } from './Phrases';

/** 「この1週間の開所日」: every hub × the seven days from today, each state in words. */
export function WeekAtHubs({ hubs, today }: { hubs: readonly SiteHub[]; today: string }) {
  const dates = weekFrom(today);
  return (
    <section aria-labelledby="week-heading" className="week-at-hubs" data-pagefind-ignore="">
      <h2 id="week-heading">この1週間の開所日</h2>
      <p>
        {dayJa(dates[0] ?? today)}から{dayJa(dates.at(-1) ?? today)}
        までです。「未定」は、運営日がまだ登録されていない日です。時間は、ふだんと違う日だけ書いています。
        {anyUnconfirmedOn(hubs, dates)
          ? '「要問合せ」の日は年末年始です。開所するかどうかは、各拠点にお問い合わせください。'
          : ''}
      </p>
      {/* Wider than a phone: the table scrolls sideways inside a focusable region. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1) */}
      <section className="week-scroll" aria-label="この1週間の開所日の表(横に動かせます)" tabIndex={0}>
        <table className="week-table phrases">
          <thead>
            <tr>
              <th scope="col">拠点</th>
              {dates.map((date) => (
                <th key={date} scope="col" data-date={date}>
                  {dayJa(date).replace(/^(\d+)月(\d+)日/, '$1/$2')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {hubs.map((view) => (
              <tr key={view.hub.slug}>
                <th scope="row">
                  <a className="name" href={hubPath(view.hub)}>
                    {view.hub.name}
                  </a>
                </th>
                {statusesOn(view, dates).map((day) => {
                  const { mark, detail } = dayLabel(day, view.hub.schedule);
                  return (
                    <td key={day.date} className={`day ${dayState(day)}`}>
                      <span className="mark">{mark}</span>
                      {detail ? (
                        <span className="detail">
                          <Phrases text={detail} />
                        </span>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}
