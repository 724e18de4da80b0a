import { HUBS_PER_LIST_PAGE, type ListPage, type RowStart } from '../lib/site/listPages';
import type { SiteHub } from '../lib/site/site';
import { HubList } from './HubList';
import { KanaIndex } from './KanaIndex';
import { ListPager } from './ListPager';
import { OpenToday } from './OpenToday';
import { WeekAtHubs } from './WeekAtHubs';

/**
 * One page of the hub list past the city size: the home page's overview (open today, the week)
 * for this page's hubs, then their cards, between the 五十音 index and the pager.
 */
export function HubListPage({
  page,
  pageCount,
  hubCount,
  starts,
  today,
}: {
  page: ListPage<SiteHub>;
  pageCount: number;
  hubCount: number;
  starts: readonly RowStart[];
  today: string;
}) {
  const range = `${page.from}〜${page.to}か所目`;
  return (
    <>
      <p>
        {hubCount}か所を、よみがなの順に{HUBS_PER_LIST_PAGE}か所ずつ並べています。このページは、全{pageCount}
        ページのうち{page.number}ページ目({range})です。
      </p>
      <KanaIndex starts={starts} />
      <OpenToday
        hubs={page.hubs}
        today={today}
        scope={`このページの${range}の拠点のうち、今日開いているところです。`}
      />
      <WeekAtHubs hubs={page.hubs} today={today} />
      <h2>交流拠点の一覧({range})</h2>
      <HubList hubs={page.hubs} headingLevel={3} />
      <ListPager current={page.number} total={pageCount} />
    </>
  );
}
