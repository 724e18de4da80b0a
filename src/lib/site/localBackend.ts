/** decap-server's port when DECAP_PORT is not set (astro.config.mjs declares the same default). */
export const DEFAULT_DECAP_PORT = 8081;

/** decap-server's API on this machine: 127.0.0.1, where `npm run dev` binds it ('localhost' may resolve to ::1). */
export function decapServerUrl(port: number | string = DEFAULT_DECAP_PORT): string {
  return `http://127.0.0.1:${port}/api/v1`;
}
