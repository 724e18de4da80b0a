import type { APIRoute } from 'astro';
import { currentSite } from '../../lib/currentSite';
import { hubsJson } from '../../lib/opendata/hubsDataset';

export const GET: APIRoute = ({ site }) =>
  new Response(
    `${JSON.stringify(hubsJson(currentSite({ cache: import.meta.env.PROD }), site ?? 'http://localhost:4321'), null, 2)}\n`,
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
