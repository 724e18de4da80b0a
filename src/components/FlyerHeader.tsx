import { asOfJa } from '../lib/schedule/japaneseText';
import { HUB_IN_ONE_LINE } from '../lib/site/programText';

interface Props {
  siteTitle: string;
  municipality: string;
  /** The build's day in Tokyo: the day the printed facts are true for. */
  today: string;
}

/** The top of a hub page on paper (print.css shows it, the screen never does). */
export function FlyerHeader({ siteTitle, municipality, today }: Props) {
  return (
    <div className="flyer-header" data-pagefind-ignore="all">
      <p className="flyer-site">
        <span>{siteTitle}</span>
        {siteTitle.includes(municipality) ? null : <span>{municipality}</span>}
        <span className="flyer-date">{asOfJa(today)}</span>
      </p>
      <p className="flyer-about">{HUB_IN_ONE_LINE}</p>
    </div>
  );
}
