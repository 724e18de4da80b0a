import { contentRoot, loadContent } from '../content/load';
import { takeValidatedContent } from '../content/validatedContent';
import { buildInstant } from './buildTime';
import { buildSite, type Site } from './site';

let cached: Site | undefined;

/**
 * The site as the content says now. A production build computes it once and shares it
 * across every page and feed; the dev server recomputes it so staff edits show at once.
 */
export function currentSite(options: { cache: boolean }): Site {
  if (options.cache && cached) return cached;
  const root = contentRoot();
  const content = (options.cache ? takeValidatedContent(root) : undefined) ?? loadContent(root);
  const site = buildSite(content, buildInstant());
  if (options.cache) cached = site;
  return site;
}
