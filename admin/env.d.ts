/// <reference types="astro/client" />

/** Build-time settings for the CMS (astro.config.mjs exposes the DECAP_ prefix). All public: no secrets. */
interface ImportMetaEnv {
  readonly DECAP_BACKEND_REPO?: string;
  readonly DECAP_BACKEND_NAME?: string;
  readonly DECAP_BACKEND_BRANCH?: string;
  readonly DECAP_BASE_URL?: string;
  readonly DECAP_AUTH_ENDPOINT?: string;
  readonly DECAP_LOCAL_BACKEND_URL?: string;
  readonly DECAP_CONTENT_ROOT?: string;
  readonly DECAP_SITE_URL?: string;
}

/** Decap's phrase tables (the unit test compares Japanese against English). */
declare module 'decap-cms-locales/dist/esm/*' {
  const phrases: Record<string, unknown>;
  export default phrases;
}
