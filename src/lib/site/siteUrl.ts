/**
 * The site's public address when SITE_URL is not set: where `astro dev` and `astro preview`
 * serve it. Defined once; astro.config.mjs uses it as `site`, and code that needs an absolute
 * URL falls back to it.
 */
export const DEFAULT_SITE_URL = 'http://localhost:4321';
