import type { APIRoute } from 'astro';
import { fileResponse } from '../lib/outputs/fileResponse';
import { DEFAULT_SITE_URL } from '../lib/site/siteUrl';

/** Everything public may be indexed; the CMS may not. The sitemap comes from @astrojs/sitemap. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL('/sitemap-index.xml', site ?? DEFAULT_SITE_URL).href;
  return fileResponse(`User-agent: *\nDisallow: /admin/\n\nSitemap: ${sitemap}\n`, 'text/plain');
};
