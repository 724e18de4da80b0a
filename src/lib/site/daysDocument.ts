import { monthJa } from '../schedule/japaneseText';

/** A month's 運営日のお知らせ as the page links it. */
export interface DaysDocumentLink {
  month: string;
  href: string;
  /** 「1月の運営日(PDF:1,634KB)」, the way the city's own page links its monthly PDFs. */
  label: string;
}

/** The file's type and size in the city's style; the size is left out where it is not known (CMS preview). */
export function daysDocumentLabel(month: string, href: string, bytes?: number): string {
  const type = (href.split('.').pop() ?? '').toUpperCase().replace('JPEG', 'JPG');
  const size = bytes === undefined ? '' : `:${Math.max(1, Math.ceil(bytes / 1024)).toLocaleString('en-US')}KB`;
  return `${monthJa(month).replace(/^\d+年/, '')}の運営日(${type}${size})`;
}

/** The status of a hub with no open day on record but a notice attached: where its days are. */
export function statusPointingTo(documents: readonly DaysDocumentLink[]): string | undefined {
  const [first] = documents;
  if (!first) return undefined;
  return `運営日は、このページの「${first.label.replace(/\(.*\)$/, '')}」のお知らせでご確認ください。`;
}
