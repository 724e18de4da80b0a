/**
 * npm run a11y:report — builds the shipped content, audits every public page (axe-core,
 * html-validate, link check, our own checks) and writes src/data/a11y-report.json, which the
 * accessibility page (/accessibility/) publishes. tests/accessibility.test.ts fails when the
 * committed report no longer matches a fresh run: run this, look at the diff, commit.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { tokyoDateOf } from '../src/lib/schedule/tokyoCalendar';
import { DEFAULT_SITE_URL } from '../src/lib/site/siteUrl';
import { buildSite, SHIPPED_CONTENT } from '../tests/support/site';
import { auditSite, REPORT_FILE, summarizeAudit } from '../tests/support/siteAudit';

const SITE_ORIGIN = DEFAULT_SITE_URL;
const build = buildSite(SHIPPED_CONTENT, { SITE_URL: SITE_ORIGIN });
if (build.status !== 0) {
  console.error(build.output);
  process.exit(1);
}
try {
  const audit = await auditSite(build.outDir, SITE_ORIGIN);
  const report = { measuredOn: tokyoDateOf(new Date()), ...summarizeAudit(audit) };
  writeFileSync(REPORT_FILE, `${JSON.stringify(report, null, 2)}\n`);
  // Written the way Biome formats JSON, so `biome check` stays clean on the committed file.
  spawnSync('npx', ['biome', 'format', '--write', REPORT_FILE], { stdio: 'ignore' });
  const { totals } = report;
  console.log(
    `${REPORT_FILE}: ${totals.pagesChecked} pages, ${totals.axeViolations} axe violations, ` +
      `${totals.validatorErrors} validator errors, ${totals.linksChecked} links (${totals.brokenLinks} broken), ` +
      `${totals.checkProblems} check problems`,
  );
  for (const page of audit.pages) {
    for (const violation of page.axe.violations)
      console.log(`${page.path} axe ${violation.id}: ${violation.targets.join(' | ')}`);
    for (const [check, problems] of Object.entries(page.checks)) {
      for (const problem of problems) console.log(`${page.path} ${check}: ${problem}`);
    }
  }
  for (const link of audit.links.broken) console.log(`${link.page} link ${link.url}: ${link.problem}`);
  for (const [check, problems] of Object.entries(audit.siteChecks))
    for (const p of problems) console.log(`site ${check}: ${p}`);
} finally {
  for (const folder of build.folders) rmSync(folder, { recursive: true, force: true });
}
