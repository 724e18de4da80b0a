import type { RowStart } from '../lib/site/listPages';

/** 「あ行・か行…」: which page of the list in よみがな order each row starts on. */
export function KanaIndex({ starts }: { starts: readonly RowStart[] }) {
  return (
    <nav className="kana-index" aria-label="よみがなの行から探す">
      <ul>
        {starts.map((start) => (
          <li key={start.row}>
            <a href={start.path}>
              {start.row}({start.page}ページ目から)
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
