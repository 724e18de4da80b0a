import type { APIRoute } from 'astro';
import { fileResponse } from '../../lib/outputs/fileResponse';
import { hubsJson } from '../../lib/outputs/opendata/hubsDataset';
import { currentSite } from '../../lib/site/currentSite';
import { DEFAULT_SITE_URL } from '../../lib/site/siteUrl';

export const GET: APIRoute = ({ site }) =>
  fileResponse(
    `${JSON.stringify(hubsJson(currentSite({ cache: import.meta.env.PROD }), site ?? DEFAULT_SITE_URL))}\n`,
    'application/json',
  );
