import { cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import type { Locale } from '../lib/i18n/locales';

/**
 * Text staff wrote in Japanese (names, addresses, descriptions), inside a page in another
 * language: marked `lang="ja"` so a screen reader and the browser's fonts read it as Japanese.
 */
export function InJapanese({ locale, children }: { locale: Locale; children: ReactNode }) {
  if (locale !== 'en' || !isValidElement(children)) return children;
  return cloneElement(children as ReactElement<{ lang?: string }>, { lang: 'ja' });
}
