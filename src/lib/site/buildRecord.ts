/**
 * /build.json: when the live site was built and from which commit, so /admin can tell staff
 * whether their last 公開 is live yet and warn when the daily rebuild has stopped.
 */
export interface BuildRecord {
  builtAt: string;
  commit: string | null;
}

/**
 * The commit the host says it is building (GitHub Actions, Netlify, Cloudflare Pages), never
 * read from the checkout: a shallow clone or an export builds the same bytes.
 */
export function hostCommit(env: Record<string, string | undefined> = process.env): string | undefined {
  return env.GITHUB_SHA || env.COMMIT_REF || env.CF_PAGES_COMMIT_SHA || undefined;
}

export function buildRecord(instant: Date, commit: string | undefined): BuildRecord {
  return { builtAt: instant.toISOString(), commit: commit ?? null };
}

/** The live site counts as stale a day and a bit after its build (the rebuild runs daily at 00:05). */
export const STALE_AFTER_HOURS = 26;

export function isStale(record: BuildRecord, now: Date): boolean {
  return now.getTime() - Date.parse(record.builtAt) > STALE_AFTER_HOURS * 3600_000;
}
