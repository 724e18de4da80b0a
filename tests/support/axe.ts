import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_JA = JSON.parse(readFileSync(require.resolve('axe-core/locales/ja.json'), 'utf8')) as object;

/** WCAG 2.2 AA, which covers JIS X 8341-3:2016 AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: string[] }[] }[];
}

/**
 * Runs axe-core (from node_modules, offline, with Japanese messages) on the page as it is now.
 * Injected through the DevTools protocol, so the page's own CSP, which forbids inline
 * script, stays in force for everything the page itself does.
 */
export async function axeViolations(page: Page, tags: readonly string[] = WCAG_TAGS): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(
    async ({ locale, runOnly }) => {
      const axe = (
        window as unknown as {
          axe: { configure(options: object): void; run(context: Document, options: object): Promise<AxeResult> };
        }
      ).axe;
      axe.configure({ locale });
      return axe.run(document, { runOnly: [...runOnly] });
    },
    { locale: AXE_JA, runOnly: tags },
  );
  return result.violations.map(
    (violation) =>
      `${violation.id} (${violation.help}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}
