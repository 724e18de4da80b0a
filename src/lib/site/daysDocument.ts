import { JA } from '../i18n/ja';
import type { PageWords } from '../i18n/pageWords';
import { PAGE_WORDS_JA } from '../i18n/pageWordsJa';
import type { ScheduleWords } from '../i18n/words';

/** A month's 運営日のお知らせ as the page links it. */
export interface DaysDocumentLink {
  month: string;
  href: string;
  /** 「1月の運営日(PDF:1,634KB)」, the way the city's own page links its monthly PDFs. */
  label: string;
  /** The file's size, for the label in another language; unknown in the CMS preview. */
  bytes?: number;
}

/** The file's type ('PDF', 'JPG') and size ('1,634KB'); the size is left out where it is not known (CMS preview). */
function fileFacts(href: string, bytes?: number): [string, string | undefined] {
  const type = (href.split('.').pop() ?? '').toUpperCase().replace('JPEG', 'JPG');
  const size = bytes === undefined ? undefined : `${Math.max(1, Math.ceil(bytes / 1024)).toLocaleString('en-US')}KB`;
  return [type, size];
}

/** The link's text in the city's style, in the page's language (Japanese unless told). */
export function daysDocumentLabel(
  month: string,
  href: string,
  bytes?: number,
  words: PageWords = PAGE_WORDS_JA,
): string {
  return words.noticeLabel(month, ...fileFacts(href, bytes));
}

/** The status of a hub with no open day on record but a notice attached: where its days are. */
export function statusPointingTo(
  documents: readonly DaysDocumentLink[],
  words: ScheduleWords = JA,
): string | undefined {
  const [first] = documents;
  if (!first) return undefined;
  return words.status.seeNotice(first.label.replace(/\(.*\)$/, ''));
}

export function documentLink(month: string, href: string, bytes: number | undefined): DaysDocumentLink {
  return { month, href, label: daysDocumentLabel(month, href, bytes), ...(bytes === undefined ? {} : { bytes }) };
}
