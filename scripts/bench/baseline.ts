/**
 * The yardstick: a bare Astro project with the same number of hub pages, a minimal template
 * and no integrations, built by the same installed Astro. Our overhead is our time over its.
 */
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface BaselineHub {
  slug: string;
  name: string;
  text: string;
}

/** Name and description of each generated hub, read straight from its Markdown file. */
export function baselineHubs(contentDir: string): BaselineHub[] {
  const dir = path.join(contentDir, 'hubs');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((file) => {
      const source = readFileSync(path.join(dir, file), 'utf8');
      const [, frontmatter = '', body = ''] = source.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
      return {
        slug: path.basename(file, '.md'),
        name: frontmatter.match(/^name: (.*)$/m)?.[1] ?? file,
        text: body.trim(),
      };
    });
}

const HUB_PAGE = `---
import hubs from '../../hubs.json';
export function getStaticPaths() {
  return hubs.map((hub) => ({ params: { slug: hub.slug }, props: { hub } }));
}
const { hub } = Astro.props;
---
<!doctype html>
<html lang="ja">
  <head><meta charset="utf-8" /><title>{hub.name}</title></head>
  <body>
    <h1>{hub.name}</h1>
    {hub.text.split('\\n\\n').map((paragraph) => <p>{paragraph}</p>)}
  </body>
</html>
`;

const INDEX_PAGE = `---
import hubs from '../hubs.json';
---
<!doctype html>
<html lang="ja">
  <head><meta charset="utf-8" /><title>一覧</title></head>
  <body><ul>{hubs.map((hub) => <li><a href={\`/hubs/\${hub.slug}/\`}>{hub.name}</a></li>)}</ul></body>
</html>
`;

/** Writes the baseline project into `dir` (node_modules is a symlink to ours). */
export function writeBaselineProject(dir: string, hubs: readonly BaselineHub[], nodeModules: string): void {
  mkdirSync(path.join(dir, 'src/pages/hubs'), { recursive: true });
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }),
  );
  // Vite's cache stays inside the temporary project, not in the shared node_modules.
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    "export default { outDir: process.env.OUT_DIR || './dist', vite: { cacheDir: './.vite-cache' } };\n",
  );
  writeFileSync(path.join(dir, 'src/hubs.json'), JSON.stringify(hubs));
  writeFileSync(path.join(dir, 'src/pages/hubs/[slug].astro'), HUB_PAGE);
  writeFileSync(path.join(dir, 'src/pages/index.astro'), INDEX_PAGE);
  symlinkSync(nodeModules, path.join(dir, 'node_modules'), 'dir');
}
