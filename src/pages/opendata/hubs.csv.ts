import type { APIRoute } from 'astro';
import { fileResponse } from '../../lib/outputs/fileResponse';
import { hubsCsv } from '../../lib/outputs/opendata/hubsDataset';
import { currentSite } from '../../lib/site/currentSite';

export const GET: APIRoute = ({ site }) =>
  fileResponse(hubsCsv(currentSite({ cache: import.meta.env.PROD }), site ?? 'http://localhost:4321'), 'text/csv');
