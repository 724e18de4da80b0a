import type { Locale } from '../lib/i18n/locales';
import { keptWhole, rubySegments } from '../lib/i18n/ruby';
import { Phrases } from './Phrases';

/**
 * A sentence from the engine or the page's words, as its language needs it: Japanese cut into
 * phrases (line breaks between them), やさしい日本語 with its ふりがな as <ruby>, English as it is.
 * A reading is hidden from assistive technology: a screen reader says the word once.
 * `cut={false}` leaves Japanese whole (headings and menus that never needed phrases).
 */
export function LocalText({ text, locale, cut = true }: { text: string; locale: Locale; cut?: boolean }) {
  if (locale === 'ja') return cut ? <Phrases text={text} /> : text;
  if (locale === 'en') return text;
  return <Ruby text={text} />;
}

export function Ruby({ text }: { text: string }) {
  let offset = 0;
  return rubySegments(text).map((segment) => {
    const at = offset;
    offset += typeof segment === 'string' ? segment.length : segment.base.length;
    return typeof segment === 'string' ? (
      segment
    ) : (
      <ruby key={at} className={keptWhole(segment.base) ? undefined : 'wraps'}>
        {segment.base}
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an <rt> is never focusable; hidden so a screen reader says the word once */}
        <rt aria-hidden="true">{segment.reading}</rt>
      </ruby>
    );
  });
}
