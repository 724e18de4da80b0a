/**
 * The instant a build speaks for. SOURCE_DATE_EPOCH (seconds, the reproducible-builds
 * convention) pins it, so two builds of the same content are byte-identical.
 */
export function buildInstant(env: Record<string, string | undefined> = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return new Date();
  if (!/^\d+$/.test(epoch)) {
    throw new Error(`SOURCE_DATE_EPOCH は秒数(整数)で指定してください。今の値: ${epoch}`);
  }
  return new Date(Number(epoch) * 1000);
}
