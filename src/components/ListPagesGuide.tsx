import { HUBS_PER_LIST_PAGE, type RowStart } from '../lib/site/listPages';
import { KanaIndex } from './KanaIndex';

/** Where to find every hub when there are too many to list on one page (home, /search/). */
export function ListPagesGuide({
  pageCount,
  starts,
  searchLink,
}: {
  pageCount: number;
  starts: readonly RowStart[];
  /** Not on /search/ itself. */
  searchLink: boolean;
}) {
  return (
    <>
      <p>
        拠点ごとの開所日と時間、電話番号は、<a href="/hubs/">交流拠点の一覧</a>(よみがなの順に{HUBS_PER_LIST_PAGE}
        か所ずつ、全{pageCount}ページ)でご覧いただけます。
        {searchLink ? (
          <>
            地域名や曜日で探すときは、<a href="/search/">サイト内検索</a>をお使いください。
          </>
        ) : null}
      </p>
      <KanaIndex starts={starts} />
    </>
  );
}
