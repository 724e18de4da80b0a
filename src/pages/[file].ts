import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../collections/site';
import { fileResponse } from '../lib/outputs/fileResponse';
import { hubRedirects } from '../lib/site/staticPaths';

/**
 * /_redirects (a file name Astro would skip in src/pages, hence the parameter): the old
 * addresses of hubs that moved, for hosts that read it. Written only when a hub has moved.
 */
export const getStaticPaths = (async () =>
  hubRedirects(await loadSite()) ? [{ params: { file: '_redirects' } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = async () => fileResponse(hubRedirects(await loadSite()), 'text/plain');
