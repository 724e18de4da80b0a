import { closuresJa, openingDaysJa, openingHoursJa } from '../lib/schedule/japaneseText';
import type { YearEndPeriod } from '../lib/schedule/types';
import { areaOf, fullAddress, mapSearchUrl, operatorName, telHref } from '../lib/site/hubFacts';
import type { Hub } from '../schema/hub';
import { Phrases } from './Phrases';

interface Props {
  hub: Hub;
  yearEnd: YearEndPeriod;
  prefecture: string;
  municipality: string;
}

/** The hub's facts as a description list: what a resident asks first. */
export function HubFacts({ hub, yearEnd, prefecture, municipality }: Props) {
  const closures = closuresJa(hub.schedule, yearEnd);
  return (
    <dl className="facts">
      {/* On paper the summary above says the days and hours once: these two rows would repeat it. */}
      <div className="print-secondary">
        <dt>開所日</dt>
        <dd className="phrases">
          <Phrases text={openingDaysJa(hub.schedule)} />
          {closures ? (
            <span className="closures">
              <Phrases text={closures} />
            </span>
          ) : null}
        </dd>
      </div>
      <div className="print-secondary">
        <dt>開所時間</dt>
        <dd className="phrases">
          <Phrases text={openingHoursJa(hub.schedule)} />
        </dd>
      </div>
      <div>
        <dt>所在地</dt>
        <dd>
          {fullAddress(hub, municipality)}
          <br />
          <a href={mapSearchUrl(hub, prefecture, municipality)} rel="external noopener">
            地図で場所を調べる(Google マップ)
          </a>
        </dd>
      </div>
      <div className="print-secondary">
        <dt>地域</dt>
        <dd>{areaOf(hub)}</dd>
      </div>
      <div>
        <dt>電話番号</dt>
        <dd>
          <a href={telHref(hub.phone)}>{hub.phone}</a>
        </dd>
      </div>
      <div className="print-secondary">
        <dt>協力法人(運営組織)</dt>
        <dd>{operatorName(hub)}</dd>
      </div>
      {hub.audiences.length > 0 ? (
        <div className="print-secondary">
          <dt>対象</dt>
          <dd>{hub.audiences.join('、')}</dd>
        </div>
      ) : null}
      {hub.activities.length > 0 ? (
        <div className="print-secondary">
          <dt>活動</dt>
          <dd>{hub.activities.join('、')}</dd>
        </div>
      ) : null}
      <div className="print-secondary">
        <dt>バリアフリー情報</dt>
        <dd>{hub.accessibility ?? '未登録です。段差やトイレなどについては、拠点にお問い合わせください。'}</dd>
      </div>
    </dl>
  );
}
