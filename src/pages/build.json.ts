import type { APIRoute } from 'astro';
import { contentCommit } from '../lib/content/changeTimes';
import { contentRoot } from '../lib/content/load';
import { fileResponse } from '../lib/outputs/fileResponse';
import { buildRecord } from '../lib/site/buildRecord';
import { buildInstant } from '../lib/site/buildTime';

export const GET: APIRoute = () =>
  fileResponse(`${JSON.stringify(buildRecord(buildInstant(), contentCommit(contentRoot())))}\n`, 'application/json');
