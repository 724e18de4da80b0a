/** Feeds are UTF-8 text/calendar; a static host maps .ics to the same type. */
export function calendarResponse(body: string): Response {
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}

/** Feeds need absolute URLs: the site's public address comes from astro `site` (SITE_URL). */
export function requireSite(site: URL | undefined): URL {
  if (!site) throw new Error('astro.config の site(環境変数 SITE_URL)が未設定のため、カレンダーのURLを作れません。');
  return site;
}
