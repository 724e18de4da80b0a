import type { APIRoute } from 'astro';
import { fileResponse } from '../lib/outputs/fileResponse';

/** Everything public may be indexed; the CMS may not. The sitemap comes from @astrojs/sitemap. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL('/sitemap-index.xml', site ?? 'http://localhost:4321').href;
  return fileResponse(`User-agent: *\nDisallow: /admin/\n\nSitemap: ${sitemap}\n`, 'text/plain');
};
