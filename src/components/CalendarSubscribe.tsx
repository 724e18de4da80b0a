import type { Locale } from '../lib/i18n/locales';
import { pageWords } from '../lib/i18n/pageWords';
import { withoutRuby } from '../lib/i18n/ruby';
import { CALENDAR_HELP_PATH, googleCalendarUrl, SUBSCRIBE_HEADING_ID, webcalUrl } from '../lib/outputs/ical/urls';
import { LocalText } from './LocalText';

interface Props {
  /** The feed's absolute https URL. */
  feedUrl: string;
  /** Path of the QR code image (qrImagePath) and what it is, for its alt text. */
  qrImage: string;
  qrAlt: string;
  /** What the calendar holds, e.g. 'この拠点' or 'すべての拠点'; this hub unless told. */
  subject?: string;
  downloadName: string;
  headingId?: string;
  title?: string;
  /** Off on the help page itself. */
  helpLink?: boolean;
  /** When the feed holds no days yet: what a subscriber gets, and when. */
  emptyNote?: string | undefined;
  locale?: Locale;
}

/** 「カレンダーに登録」: every way in, so no resident needs the monthly PDF again. */
export function CalendarSubscribe({
  feedUrl,
  qrImage,
  qrAlt,
  subject,
  downloadName,
  headingId = SUBSCRIBE_HEADING_ID,
  title,
  helpLink = true,
  emptyNote,
  locale = 'ja',
}: Props) {
  const say = pageWords(locale).subscribe;
  const heading = title ?? say.title;
  const text = (value: string) => <LocalText text={value} locale={locale} cut={false} />;
  const webcal = webcalUrl(feedUrl);
  return (
    // The same instructions stand on every hub page: keep them out of the search index.
    <section aria-labelledby={headingId} className="calendar-subscribe" data-pagefind-ignore="all">
      <h2 id={headingId}>{text(heading)}</h2>
      {emptyNote ? <p className="notice">{text(emptyNote)}</p> : null}
      <p className="no-print">{text(say.intro(subject ?? say.thisHub))}</p>
      <ul className="subscribe-links no-print">
        <li>
          <a href={webcal}>{text(say.apple)}</a>
        </li>
        <li>
          <a href={googleCalendarUrl(feedUrl)} rel="external noopener">
            {text(say.google)}
          </a>
        </li>
      </ul>
      <p className="no-print">{text(say.otherApps)}</p>
      <p className="feed-address">
        <span className="print-only">{text(say.addressLabel)}</span>
        <code className="feed-url">{feedUrl}</code>
      </p>
      <p className="no-print">
        <a href={feedUrl} download={downloadName} type="text/calendar">
          {text(say.download)}
        </a>
        {text(say.downloadNote)}
      </p>
      <figure className="subscribe-qr">
        <img className="qr-code" src={qrImage} alt={withoutRuby(qrAlt)} width="160" height="160" />
        <figcaption>{text(say.qrCaption(withoutRuby(heading)))}</figcaption>
      </figure>
      {helpLink ? (
        <p className="no-print">
          <a href={CALENDAR_HELP_PATH}>{text(say.help)}</a>
        </p>
      ) : null}
    </section>
  );
}
