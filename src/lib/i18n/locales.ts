/**
 * The languages the public site is published in. Japanese stays at today's addresses; the
 * translations live under their own prefix (astro.config.mjs `i18n`), stable once published.
 * No Astro import: pages, feeds and tests share these names.
 */
export const LOCALES = ['ja', 'en', 'easy'] as const;
export type Locale = (typeof LOCALES)[number];
/** The versions made from the Japanese one. */
export type Translation = Exclude<Locale, 'ja'>;
export const TRANSLATIONS: readonly Translation[] = ['en', 'easy'];

export interface LocaleInfo {
  /** The `lang` attribute: やさしい日本語 is Japanese. */
  lang: 'ja' | 'en';
  /** `hreflang` of the alternate links: a private-use subtag tells the two Japanese versions apart. */
  hreflang: string;
  /** The language's name in itself, as the switcher shows it. */
  selfName: string;
  /** Open Graph's locale. */
  ogLocale: string;
}

export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
  ja: { lang: 'ja', hreflang: 'ja', selfName: '日本語', ogLocale: 'ja_JP' },
  en: { lang: 'en', hreflang: 'en', selfName: 'English', ogLocale: 'en_US' },
  easy: { lang: 'ja', hreflang: 'ja-x-easy', selfName: 'やさしい にほんご', ogLocale: 'ja_JP' },
};

export function isTranslation(value: string | undefined): value is Translation {
  return (TRANSLATIONS as readonly string[]).includes(value ?? '');
}

/** '/hubs/x/' in a language: '/hubs/x/', '/en/hubs/x/', '/easy/hubs/x/'. */
export function localePath(path: string, locale: Locale): string {
  return locale === 'ja' ? path : `/${locale}${path}`;
}

/** The language of an address on the site and its Japanese original's path. */
export function localeOfPath(path: string): { locale: Locale; path: string } {
  const [, first, ...rest] = path.split('/');
  if (isTranslation(first)) return { locale: first, path: `/${rest.join('/')}` };
  return { locale: 'ja', path };
}
