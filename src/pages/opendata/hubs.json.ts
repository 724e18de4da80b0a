import type { APIRoute } from 'astro';
import { fileResponse } from '../../lib/outputs/fileResponse';
import { hubsJson } from '../../lib/outputs/opendata/hubsDataset';
import { currentSite } from '../../lib/site/currentSite';

export const GET: APIRoute = ({ site }) =>
  fileResponse(
    `${JSON.stringify(hubsJson(currentSite({ cache: import.meta.env.PROD }), site ?? 'http://localhost:4321'))}\n`,
    'application/json',
  );
