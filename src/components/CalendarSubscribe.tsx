import { CALENDAR_HELP_PATH, googleCalendarUrl, SUBSCRIBE_HEADING_ID, webcalUrl } from '../lib/outputs/ical/urls';

interface Props {
  /** The feed's absolute https URL. */
  feedUrl: string;
  /** Path of the QR code image (qrImagePath) and what it is, for its alt text. */
  qrImage: string;
  qrAlt: string;
  /** What the calendar holds, e.g. 'この拠点' or 'すべての拠点'. */
  subject: string;
  downloadName: string;
  headingId?: string;
  title?: string;
  /** Off on the help page itself. */
  helpLink?: boolean;
  /** When the feed holds no days yet: what a subscriber gets, and when. */
  emptyNote?: string | undefined;
}

/** 「カレンダーに登録」: every way in, so no resident needs the monthly PDF again. */
export function CalendarSubscribe({
  feedUrl,
  qrImage,
  qrAlt,
  subject,
  downloadName,
  headingId = SUBSCRIBE_HEADING_ID,
  title = 'カレンダーに登録',
  helpLink = true,
  emptyNote,
}: Props) {
  const webcal = webcalUrl(feedUrl);
  return (
    // The same instructions stand on every hub page: keep them out of the search index.
    <section aria-labelledby={headingId} className="calendar-subscribe" data-pagefind-ignore="all">
      <h2 id={headingId}>{title}</h2>
      {emptyNote ? <p className="notice">{emptyNote}</p> : null}
      <p className="no-print">
        {subject}
        の開所日を、スマートフォンやパソコンのカレンダーに登録できます。一度登録すると、祝日や臨時休業などの変更も自動で反映されます(反映まで半日から1日ほどかかることがあります)。
      </p>
      <ul className="subscribe-links no-print">
        <li>
          <a href={webcal}>iPhone・iPad・Mac のカレンダーに登録する</a>
        </li>
        <li>
          <a href={googleCalendarUrl(feedUrl)} rel="external noopener">
            Android・Google カレンダーに登録する(パソコンからも登録できます)
          </a>
        </li>
      </ul>
      <p className="no-print">
        Outlook
        などパソコンのカレンダーでは、次のアドレスをコピーして「インターネットから購読」や「URLで追加」に貼り付けてください。
      </p>
      <p className="feed-address">
        <span className="print-only">カレンダーのアドレス: </span>
        <code className="feed-url">{feedUrl}</code>
      </p>
      <p className="no-print">
        <a href={feedUrl} download={downloadName} type="text/calendar">
          カレンダーファイル(.ics)をダウンロードする
        </a>
        :今の開所日を一度だけ取り込む写しです。後からの変更は反映されません。いつも最新にするには、上の方法で登録してください。
      </p>
      <figure className="subscribe-qr">
        <img className="qr-code" src={qrImage} alt={qrAlt} width="160" height="160" />
        <figcaption>
          スマートフォンのカメラでこのQRコードを読み取ると、このページの「{title}」が開きます。iPhone、Android
          それぞれのボタンから登録できます。
        </figcaption>
      </figure>
      {helpLink ? (
        <p className="no-print">
          <a href={CALENDAR_HELP_PATH}>カレンダーへの登録のしかた(iPhone・Android・Outlook)</a>
        </p>
      ) : null}
    </section>
  );
}
