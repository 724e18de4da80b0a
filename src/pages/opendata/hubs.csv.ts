import type { APIRoute } from 'astro';
import { loadSite } from '../../collections/site';
import { fileResponse } from '../../lib/outputs/fileResponse';
import { hubsCsv } from '../../lib/outputs/opendata/hubsDataset';

export const GET: APIRoute = async ({ site }) =>
  fileResponse(hubsCsv(await loadSite(), site ?? 'http://localhost:4321'), 'text/csv');
