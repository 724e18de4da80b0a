import type { Locale } from '../lib/i18n/locales';
import type { DaysDocumentLink } from '../lib/site/daysDocument';
import { Ruby } from './LocalText';

/** The month notices staff attached, linked the way the city links its PDFs: type and size in the text. */
export function DaysDocuments({
  documents,
  locale = 'ja',
}: {
  documents: readonly DaysDocumentLink[];
  locale?: Locale;
}) {
  return (
    <ul className="days-documents">
      {documents.map((document) => (
        <li key={document.href}>
          <a href={document.href}>{locale === 'easy' ? <Ruby text={document.label} /> : document.label}</a>
        </li>
      ))}
    </ul>
  );
}
