import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BROKEN_CONTENT, edit, WEEKDAY_HUB } from '../../../tests/support/brokenContent';
import { loadContent } from './load';
import { ContentError, formatProblem } from './problems';
import { printable } from './textRules';

const FIXTURE = path.resolve(import.meta.dirname, '../../../tests/fixtures/small');
const roots: string[] = [];

function fixtureCopy(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'kyosei-content-'));
  cpSync(FIXTURE, root, { recursive: true });
  roots.push(root);
  return root;
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function problemsAfter(change: (root: string) => void) {
  const root = fixtureCopy();
  change(root);
  try {
    loadContent(root);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error('the broken content was accepted');
}

describe('loadContent', () => {
  it('loads the fixture content', () => {
    const content = loadContent(fixtureCopy());
    expect(content.hubs.map((entry) => entry.data.slug).sort()).toEqual([
      'holiday-hub',
      'irregular-hub',
      'weekday-hub',
    ]);
    expect(content.months).toHaveLength(2);
    expect(content.settings.data.office.phone).toBe('0798-35-3187');
  });

  // Each broken input must name the file, the field and what to do.
  it.each(BROKEN_CONTENT.map((c) => [c.name, c.change, c.file, c.fieldLabel, c.message] as const))(
    'stops on %s, naming the file, field and fix',
    (_case, change, file, fieldLabel, message) => {
      const problems = problemsAfter(change);
      // The table holds what is printed: text from the content with its escapes made visible.
      const problem = problems.find(
        (candidate) => printable(candidate.file).endsWith(file) && candidate.fieldLabel === fieldLabel,
      );
      expect(problem, problems.map(formatProblem).join('\n')).toBeDefined();
      expect(printable(problem?.message ?? '')).toContain(message);
    },
  );

  it('labels fields in Japanese in the message, never by their path in the file', () => {
    const [problem] = problemsAfter((root) => edit(root, WEEKDAY_HUB, 'closes: "16:00"', 'closes: "09:00"'));
    expect(problem && formatProblem(problem)).toMatch(
      /hubs\/weekday-hub\.md の「開所日と時間 › 閉所時刻」: 閉所時刻は開所時刻より後にしてください。$/,
    );
  });

  it('reports every problem at once, not just the first', () => {
    const problems = problemsAfter((root) => {
      edit(root, WEEKDAY_HUB, /phone: .*\n/, '');
      edit(root, 'hubs/holiday-hub.md', 'closes: "15:30"', 'closes: "08:00"');
    });
    expect(problems.map((problem) => problem.field).sort()).toEqual(['phone', 'schedule.closes']);
  });
});
