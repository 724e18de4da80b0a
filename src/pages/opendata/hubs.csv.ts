import type { APIRoute } from 'astro';
import { currentSite } from '../../lib/currentSite';
import { fileResponse } from '../../lib/fileResponse';
import { hubsCsv } from '../../lib/opendata/hubsDataset';

export const GET: APIRoute = ({ site }) =>
  fileResponse(hubsCsv(currentSite({ cache: import.meta.env.PROD }), site ?? 'http://localhost:4321'), 'text/csv');
