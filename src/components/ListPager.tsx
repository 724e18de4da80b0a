import { listPagePath, pagerItems } from '../lib/site/listPages';

/** The pager under a paged hub list: 前のページ, the page numbers (GOV.UK's pattern), 次のページ. */
export function ListPager({ current, total }: { current: number; total: number }) {
  return (
    <nav className="pager" aria-label="一覧のページ">
      <ul>
        {current > 1 ? (
          <li>
            <a href={listPagePath(current - 1)} rel="prev">
              前のページ
            </a>
          </li>
        ) : null}
        {pagerItems(current, total).map((item, index) =>
          'gap' in item ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: a gap has nothing else to tell it apart
            <li key={`gap-${index}`} className="pager-gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={item.number}>
              <a
                href={item.path}
                aria-label={`${item.number}ページ目`}
                aria-current={item.current ? 'page' : undefined}
              >
                {item.number}
              </a>
            </li>
          ),
        )}
        {current < total ? (
          <li>
            <a href={listPagePath(current + 1)} rel="next">
              次のページ
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
