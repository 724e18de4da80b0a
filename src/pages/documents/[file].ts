import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../collections/site';
import { daysDocumentFile } from '../../lib/content/daysDocuments';
import { contentRoot } from '../../lib/content/load';
import { bytesResponse } from '../../lib/outputs/fileResponse';
import { DAYS_DOCUMENT_TYPES } from '../../schema/calendar';

/** /documents/<file>: each 運営日のお知らせ a hub page links, copied from content/documents as it is. */
export const getStaticPaths = (async () =>
  [...new Set((await loadSite()).hubs.flatMap((view) => view.daysDocuments.map((document) => document.href)))].map(
    (href) => ({ params: { file: href.split('/').pop() as string }, props: { href } }),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ href: string }> = ({ props }) => {
  const extension = props.href.split('.').pop() as keyof typeof DAYS_DOCUMENT_TYPES;
  return bytesResponse(readFileSync(daysDocumentFile(contentRoot(), props.href)), DAYS_DOCUMENT_TYPES[extension]);
};
