import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, SHIPPED_CONTENT } from './support/site';

function fingerprints(dir: string, prefix = ''): Record<string, string> {
  const result: Record<string, string> = {};
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = path.posix.join(prefix, entry.name);
    if (entry.isDirectory()) Object.assign(result, fingerprints(dir, relative));
    else
      result[relative] = createHash('sha256')
        .update(readFileSync(path.join(dir, relative)))
        .digest('hex');
  }
  return result;
}

describe('reproducible builds', () => {
  it('gives a byte-identical dist/ for the same content and SOURCE_DATE_EPOCH, whatever the machine zone', () => {
    const first = buildSite(SHIPPED_CONTENT, { TZ: 'Asia/Tokyo' });
    const second = buildSite(SHIPPED_CONTENT, { TZ: 'America/Los_Angeles' });
    expect(first.status, first.output).toBe(0);
    expect(second.status, second.output).toBe(0);
    const a = fingerprints(first.outDir);
    const b = fingerprints(second.outDir);
    expect(Object.keys(a).length).toBeGreaterThan(20);
    const differing = Object.keys({ ...a, ...b }).filter((file) => a[file] !== b[file]);
    expect(differing).toEqual([]);
  });
});
