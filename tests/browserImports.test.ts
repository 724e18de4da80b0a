import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './support/site';

/** Runs the project's linter on one module written at `file` (relative to the project). */
function lint(file: string, source: string): { status: number | null; output: string } {
  const absolute = path.join(PROJECT_ROOT, file);
  written.push(absolute);
  writeFileSync(absolute, source);
  const result = spawnSync(
    process.execPath,
    [path.join(PROJECT_ROOT, 'node_modules/@biomejs/biome/bin/biome'), 'lint', file],
    {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const written: string[] = [];
afterEach(() => {
  for (const file of written.splice(0)) rmSync(file, { force: true });
});

const FORBIDDEN = [
  ["import { holidayName } from '../schedule/holidays';", 'holidayName', '祝日の表'],
  ["import holidays from '@holiday-jp/holiday_jp/lib/holidays.js';", 'holidays', '祝日の表'],
  ["import { readFileSync } from 'node:fs';", 'readFileSync', 'Node.js'],
  ["import { dayClassifier } from '../schedule/engine';", 'dayClassifier', 'ビルド側'],
  ["import { loadContent } from '../content/load';", 'loadContent', 'ビルド側'],
] as const;

describe('code that ships to readers cannot reach the holiday table or Node-only modules', () => {
  it.each(FORBIDDEN)('the linter rejects `%s` in src/lib/browser', (statement, name, message) => {
    const result = lint('src/lib/browser/lintProbe.ts', `${statement}\n\nexport const probe = [${name}];\n`);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('noRestrictedImports');
    expect(result.output).toContain(message);
  });

  it('covers every module that browser code reaches', () => {
    const config = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'biome.json'), 'utf8')) as {
      overrides: { includes: string[]; linter?: { rules?: { style?: { noRestrictedImports?: unknown } } } }[];
    };
    const guarded = config.overrides.find((override) => override.linter?.rules?.style?.noRestrictedImports)?.includes;
    expect(guarded).toBeDefined();
    const isGuarded = (file: string) =>
      (guarded ?? []).some((pattern) =>
        pattern.endsWith('/**') ? file.startsWith(pattern.slice(0, -2)) : file === pattern,
      );
    // Every local module reachable from src/lib/browser through value imports (type imports vanish in the bundle).
    const seen = new Set<string>();
    const queue = readdirSync(path.join(PROJECT_ROOT, 'src/lib/browser'), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
      .map((name) => `src/lib/browser/${name}`);
    while (queue.length > 0) {
      const file = queue.pop() as string;
      if (seen.has(file)) continue;
      seen.add(file);
      const source = readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
      for (const [, specifier] of source.matchAll(/^import (?!type )[^;]*?from '(\.[^']+)'/gm)) {
        queue.push(path.posix.normalize(path.posix.join(path.posix.dirname(file), `${specifier}.ts`)));
      }
    }
    expect(seen.size).toBeGreaterThan(5);
    const unguarded = [...seen].filter((file) => !isGuarded(file));
    expect(unguarded).toEqual([]);
  });

  it('lets build-side code import the same modules', () => {
    const result = lint(
      'src/lib/site/lintProbe.ts',
      "import { holidayName } from '../schedule/holidays';\n\nexport const probe = [holidayName];\n",
    );
    expect(result.status).toBe(0);
  });
});
