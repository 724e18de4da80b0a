import type { z } from 'astro/zod';
import { labelsAlong } from '../../schema/introspect';
import { printable } from './textRules';

/** One thing wrong with the content, in words staff can act on. */
export interface ContentProblem {
  /** Path relative to the content root's parent, e.g. 'content/hubs/nagomi.md'. */
  file: string;
  /** Dotted field path, e.g. 'schedule.closes'; empty for the whole file. */
  field: string;
  /** Human labels along the field path, e.g. '開所日と時間 › 閉所時刻'. */
  fieldLabel: string;
  message: string;
}

export class ContentError extends Error {
  constructor(readonly problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
  }
}

export function formatProblem(problem: ContentProblem): string {
  // Staff read the build's messages too: the field by its label, never its path in the file.
  // Names and keys from content are echoed: escapes in them must not act on the terminal.
  const where = problem.fieldLabel ? ` の「${problem.fieldLabel}」` : '';
  return printable(`${problem.file}${where}: ${problem.message}`);
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  return [
    `コンテンツに${problems.length}件の問題があるため、サイトを作成できませんでした。次の箇所を直してください。`,
    ...problems.map((problem) => `- ${formatProblem(problem)}`),
  ].join('\n');
}

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

function messageOf(issue: z.core.$ZodIssue): string {
  if (JAPANESE.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? '必須の項目です。入力してください。'
        : `形式が違います(${issue.expected === 'array' ? '一覧' : issue.expected === 'boolean' ? 'はい/いいえ' : issue.expected === 'number' ? '数値' : issue.expected === 'object' ? '項目のまとまり' : '文字'}で入力してください)。`;
    case 'unrecognized_keys':
      return `知らない項目「${issue.keys.join('」「')}」があります。綴りを確かめるか、削除してください。`;
    case 'too_big':
      return issue.origin === 'string'
        ? `長すぎます(${String(issue.maximum)}文字以内にしてください)。`
        : issue.origin === 'array'
          ? `多すぎます(${String(issue.maximum)}件までにしてください)。`
          : `大きすぎます(${String(issue.maximum)}以下にしてください)。`;
    case 'too_small':
      return issue.origin === 'string'
        ? `短すぎます(${String(issue.minimum)}文字以上にしてください)。`
        : issue.origin === 'array'
          ? `少なすぎます(${String(issue.minimum)}件以上にしてください)。`
          : `小さすぎます(${String(issue.minimum)}以上にしてください)。`;
    default:
      // zod's own words are English and name internals: say what staff can do instead.
      return '値が正しくありません。入力し直してください。';
  }
}

export function problemsFromIssues(
  file: string,
  schema: z.core.$ZodType,
  issues: readonly z.core.$ZodIssue[],
): ContentProblem[] {
  return issues.map((issue) => {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    return {
      file,
      field: path.map(String).join('.'),
      fieldLabel: labelsAlong(schema, path).join(' › '),
      message: messageOf(issue),
    };
  });
}

export function fileProblem(file: string, message: string, field = '', fieldLabel = ''): ContentProblem {
  return { file, field, fieldLabel, message };
}
