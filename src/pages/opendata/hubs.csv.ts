import type { APIRoute } from 'astro';
import { currentSite } from '../../lib/currentSite';
import { hubsCsv } from '../../lib/opendata/hubsDataset';

export const GET: APIRoute = ({ site }) =>
  new Response(hubsCsv(currentSite({ cache: import.meta.env.PROD }), site ?? 'http://localhost:4321'), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
