import type { APIRoute } from 'astro';
import { fileResponse } from '../lib/outputs/fileResponse';
import { buildRecord, hostCommit } from '../lib/site/buildRecord';
import { buildInstant } from '../lib/site/buildTime';

export const GET: APIRoute = () =>
  fileResponse(`${JSON.stringify(buildRecord(buildInstant(), hostCommit()))}\n`, 'application/json');
