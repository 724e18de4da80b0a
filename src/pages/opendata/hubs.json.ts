import type { APIRoute } from 'astro';
import { currentSite } from '../../lib/currentSite';
import { fileResponse } from '../../lib/fileResponse';
import { hubsJson } from '../../lib/opendata/hubsDataset';

export const GET: APIRoute = ({ site }) =>
  fileResponse(
    `${JSON.stringify(hubsJson(currentSite({ cache: import.meta.env.PROD }), site ?? 'http://localhost:4321'))}\n`,
    'application/json',
  );
