/**
 * /build.json: when the live site was built and from which content commit, so /admin can tell
 * staff whether their last 公開 is live yet and warn when the daily rebuild has stopped.
 */
export interface BuildRecord {
  builtAt: string;
  contentCommit: string | null;
}

export function buildRecord(instant: Date, commit: string | undefined): BuildRecord {
  return { builtAt: instant.toISOString(), contentCommit: commit ?? null };
}

/** The live site counts as stale a day and a bit after its build (the rebuild runs daily at 00:05). */
export const STALE_AFTER_HOURS = 26;

export function isStale(record: BuildRecord, now: Date): boolean {
  return now.getTime() - Date.parse(record.builtAt) > STALE_AFTER_HOURS * 3600_000;
}
