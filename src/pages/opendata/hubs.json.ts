import type { APIRoute } from 'astro';
import { loadSite } from '../../collections/site';
import { fileResponse } from '../../lib/outputs/fileResponse';
import { hubsJson } from '../../lib/outputs/opendata/hubsDataset';

export const GET: APIRoute = async ({ site }) =>
  fileResponse(`${JSON.stringify(hubsJson(await loadSite(), site ?? 'http://localhost:4321'))}\n`, 'application/json');
