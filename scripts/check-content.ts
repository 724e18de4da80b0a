/**
 * `npm run check:content`: the build's validation without the build. Exits 1 when any
 * content problem would stop the build; program-rule warnings are printed but pass.
 */
import { contentRoot, loadContent } from '../src/lib/content/load';
import { ContentError, formatProblems } from '../src/lib/content/problems';
import { contentWarnings } from '../src/lib/content/programRules';
import { printable } from '../src/lib/content/textRules';
import { siteYearEnd } from '../src/lib/schedule/engine';

try {
  const content = loadContent(contentRoot());
  const warnings = contentWarnings(content.hubs, content.months, siteYearEnd(content.settings.data));
  console.log(
    `コンテンツに問題はありません(拠点${content.hubs.length}件、カレンダー${content.months.length}件、ページ${content.pages.length}件)。`,
  );
  if (warnings.length > 0) {
    console.log(`\n確認してほしい点が${warnings.length}件あります(制度の要件や、意味のない日付など。公開はできます)。`);
    for (const warning of warnings) console.log(printable(`- ${warning.file}: ${warning.message}`));
  }
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(formatProblems(error.problems));
  process.exitCode = 1;
}
