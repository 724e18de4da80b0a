/** Feeds need absolute URLs: the site's public address comes from astro `site` (SITE_URL). */
export function requireSite(site: URL | undefined): URL {
  if (!site) throw new Error('astro.config の site(環境変数 SITE_URL)が未設定のため、カレンダーのURLを作れません。');
  return site;
}
