import type { DaysDocumentLink } from '../lib/site/daysDocument';

/** The month notices staff attached, linked the way the city links its PDFs: type and size in the text. */
export function DaysDocuments({ documents }: { documents: readonly DaysDocumentLink[] }) {
  return (
    <ul className="days-documents">
      {documents.map((document) => (
        <li key={document.href}>
          <a href={document.href}>{document.label}</a>
        </li>
      ))}
    </ul>
  );
}
