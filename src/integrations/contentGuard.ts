import type { AstroIntegration } from 'astro';
import { contentRoot, loadContent } from '../lib/content/load';
import { ContentError, formatProblems } from '../lib/content/problems';
import { contentWarnings } from '../lib/content/programRules';
import { handOverValidatedContent } from '../lib/content/validatedContent';

/**
 * Validates all content before Astro renders anything, so a typo stops the build with
 * a message naming file, field and fix, and never leaves a half-written dist/.
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'kyosei-content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        let content: ReturnType<typeof loadContent>;
        try {
          content = loadContent(contentRoot());
        } catch (error) {
          if (error instanceof ContentError) {
            logger.error(formatProblems(error.problems));
            throw new Error(
              `コンテンツの検証に失敗しました(${error.problems.length}件)。上の一覧を直してから、もう一度ビルドしてください。`,
            );
          }
          throw error;
        }
        for (const warning of contentWarnings(content.hubs, content.months)) {
          logger.warn(`制度の要件: ${warning.file}: ${warning.message}`);
        }
        handOverValidatedContent(content);
        logger.info(
          `コンテンツを検証しました: 拠点${content.hubs.length}件、カレンダー${content.months.length}件、ページ${content.pages.length}件`,
        );
      },
    },
  };
}
