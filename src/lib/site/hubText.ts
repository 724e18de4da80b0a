import type { Locale } from '../i18n/locales';
import { pageWords } from '../i18n/pageWords';
import { scheduleWords } from '../i18n/scheduleWords';
import { type OpeningStatus, openingStatus } from '../schedule/openingStatus';
import { type DaysDocumentLink, daysDocumentLabel, statusPointingTo } from './daysDocument';
import type { SiteHub } from './site';

/** What a hub page says in words, in one language: the same days, said differently. */
export interface HubText {
  summary: string;
  status: OpeningStatus;
  /** The status when no open day is known and a notice is attached. */
  noneKnown: string | undefined;
  daysDocuments: DaysDocumentLink[];
}

/** The view's Japanese text as built, or the same facts in another language from the same engine. */
export function hubText(view: SiteHub, now: Date, locale: Locale): HubText {
  if (locale === 'ja') {
    return { summary: view.summary, status: view.status, noneKnown: view.noneKnown, daysDocuments: view.daysDocuments };
  }
  const words = scheduleWords(locale);
  const daysDocuments = view.daysDocuments.map((link) => ({
    ...link,
    label: daysDocumentLabel(link.month, link.href, link.bytes, pageWords(locale)),
  }));
  const noneKnown = statusPointingTo(daysDocuments, words);
  return {
    summary: words.summary(view.hub.schedule, view.yearEnd),
    status: openingStatus(view.openDays, now, {
      words,
      unconfirmed: view.unconfirmedDays,
      ...(noneKnown ? { noneKnown } : {}),
    }),
    noneKnown,
    daysDocuments,
  };
}
