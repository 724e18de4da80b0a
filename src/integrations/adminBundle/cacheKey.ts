import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * What the prebuilt /admin/ bundle depends on besides its own source files: the installed
 * packages, the configs that shape the build, the env values compiled into it, and the
 * scripts that build it. The source files themselves are the modules the last bundle was made
 * of (sourceKey): a newly imported file can only appear through an edit of one of them.
 */
export const CONTEXT_FILES = [
  'package-lock.json',
  'astro.config.mjs',
  'tsconfig.json',
  '.env',
  '.env.local',
  '.env.production',
  '.env.production.local',
  'src/integrations/adminBundle/cacheKey.ts',
  'src/integrations/adminBundle/prebuild.ts',
] as const;

/** Stylesheets reach the bundle through CSS `@import`s too, which are no module of its own: all of them count. */
const STYLE_FOLDERS = ['src/styles', 'admin'] as const;

const stylesheets = (root: string) =>
  STYLE_FOLDERS.flatMap((folder) =>
    existsSync(path.join(root, folder))
      ? readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
          .filter((file) => file.endsWith('.css'))
          .map((file) => path.posix.join(folder, file.split(path.sep).join('/')))
          .sort()
      : [],
  );

/** The env values the bundle can see: the CMS settings (astro:env) and the site's address. */
export const compiledEnv = (env: NodeJS.ProcessEnv): [string, string][] =>
  Object.entries(env)
    .filter((entry): entry is [string, string] => /^(DECAP_|SITE_URL$)/.test(entry[0]) && entry[1] !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));

function hashFiles(root: string, files: readonly string[], extra = ''): string {
  const hash = createHash('sha256').update(`${extra}\0`);
  for (const file of files) {
    const full = path.join(root, file);
    hash.update(`${file}\0`);
    hash.update(existsSync(full) ? readFileSync(full) : '\0missing');
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

export const contextKey = (root: string, env: NodeJS.ProcessEnv) =>
  hashFiles(root, [...CONTEXT_FILES, ...stylesheets(root)], JSON.stringify(compiledEnv(env)));

/** The hash of the bundle's own source files (project-relative paths), or undefined when one is gone. */
export function sourceKey(root: string, inputs: readonly string[]): string | undefined {
  if (inputs.some((file) => !existsSync(path.join(root, file)))) return undefined;
  return hashFiles(root, inputs);
}

/**
 * The project's own files among a bundle's module ids: no packages (package-lock.json covers
 * them), no virtual modules, queries such as `?inline` dropped.
 */
export function sourceInputs(root: string, moduleIds: Iterable<string>): string[] {
  const inputs = new Set<string>();
  for (const id of moduleIds) {
    if (id.startsWith('\0')) continue;
    const file = id.split('?')[0] as string;
    if (!path.isAbsolute(file)) continue;
    const relative = path.relative(root, file);
    if (relative.startsWith('..') || relative.split(path.sep).includes('node_modules')) continue;
    inputs.add(relative.split(path.sep).join('/'));
  }
  return [...inputs].sort();
}
