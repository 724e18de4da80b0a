import type { APIRoute } from 'astro';
import { loadSite } from '../../collections/site';
import { fileResponse } from '../../lib/outputs/fileResponse';
import { hubsJson } from '../../lib/outputs/opendata/hubsDataset';
import { DEFAULT_SITE_URL } from '../../lib/site/siteUrl';

export const GET: APIRoute = async ({ site }) =>
  fileResponse(`${JSON.stringify(hubsJson(await loadSite(), site ?? DEFAULT_SITE_URL))}\n`, 'application/json');
