import yaml from 'js-yaml';

/** The raw parts of a content file before validation. */
export interface ContentDocument {
  data: unknown;
  body: string;
}

const MAX_FILE_BYTES = 512 * 1024;
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Reads YAML the strict way: the core schema keeps '2026-02-30' a string (the default
 * schema silently turns it into 2026-03-02) and refuses duplicate keys.
 */
function parseYaml(text: string): unknown {
  return yaml.load(text, { schema: yaml.CORE_SCHEMA });
}

export class DocumentError extends Error {}

export function decodeUtf8(bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    throw new DocumentError(
      `ファイルが大きすぎます(${Math.round(bytes.byteLength / 1024)} KB)。${MAX_FILE_BYTES / 1024} KB 以下にしてください。`,
    );
  }
  if (bytes.byteLength === 0)
    throw new DocumentError('ファイルが空です。内容を入力するか、ファイルを削除してください。');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new DocumentError('文字コードが UTF-8 ではありません。UTF-8 で保存し直してください。');
  }
}

function yamlProblem(error: unknown): DocumentError {
  // js-yaml's reason is English parser talk: staff get the line and what usually goes wrong.
  const where = error instanceof yaml.YAMLException && error.mark ? `(${error.mark.line + 1}行目付近)` : '';
  return new DocumentError(
    `YAMLの書き方に誤りがあります${where}。字下げ、コロン(:)の後の空白、引用符の閉じ忘れを確かめてください。`,
  );
}

export function parseDataDocument(text: string): ContentDocument {
  try {
    return { data: parseYaml(text), body: '' };
  } catch (error) {
    throw yamlProblem(error);
  }
}

export function parseMarkdownDocument(text: string): ContentDocument {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    throw new DocumentError(
      '先頭に「---」で囲んだ項目(フロントマター)がありません。管理画面から保存し直してください。',
    );
  }
  try {
    return { data: parseYaml(match[1] ?? ''), body: text.slice(match[0].length) };
  } catch (error) {
    throw yamlProblem(error);
  }
}
