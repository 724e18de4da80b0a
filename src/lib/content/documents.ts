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

/** What js-yaml's English reasons mean for someone fixing the file by hand, most specific first. */
const YAML_REASONS: Array<[RegExp, string]> = [
  [/tab characters/, '行頭の字下げにタブが使われています。タブを半角の空白にしてください。'],
  [
    /indentation/,
    '字下げ(行頭の空白の数)がそろっていません。同じまとまりの項目は、同じ数の半角の空白で始めてください。',
  ],
  [
    /flow collection/,
    '[ ] や { } の閉じ忘れか、中の区切りのカンマ(,)が抜けています。[ や { で始まる文字をそのまま書きたいときは、値全体を引用符(")で囲んでください。',
  ],
  [/quoted scalar/, '引用符(" または \')が閉じられていません。値の終わりにも同じ引用符を付けてください。'],
  [/duplicated mapping key/, '同じ項目が2回書かれています。どちらか1つにしてください。'],
  [
    /colon is missed|implicit key|mapping pair|after the key-value separator|block mapping entry/,
    '「項目名: 値」のコロン(:)が抜けているか、コロンの後に半角の空白がありません。',
  ],
  [
    /escape sequence|hexadecimal|JSON character/,
    '引用符(")の中の「\\」の使い方が正しくありません。「\\」を消すか、値を \' で囲んでください。',
  ],
  [/non-printable|null byte/, '画面に表示できない制御文字が含まれています。その文字を消してください。'],
  [/alias|anchor/, '「&」や「*」で始まる値は、そのままでは書けません。値全体を引用符(")で囲んでください。'],
  [/tag|directive/, '「!」や「%」で始まる値は、そのままでは書けません。値全体を引用符(")で囲んでください。'],
  [
    /end of the stream or a document separator|single document/,
    '項目のあとに読み取れない行があります。「---」の位置と、行頭の字下げを確かめてください。',
  ],
];
const YAML_FALLBACK = '字下げ、コロン(:)の後の空白、引用符の閉じ忘れを確かめてください。';

function yamlProblem(error: unknown): DocumentError {
  // js-yaml's reason is English parser talk: staff get the line and what that reason means.
  const exception = error instanceof yaml.YAMLException ? error : undefined;
  const where = exception?.mark ? `(${exception.mark.line + 1}行目付近)` : '';
  const reason = exception?.reason ?? '';
  const explanation = YAML_REASONS.find(([pattern]) => pattern.test(reason))?.[1] ?? YAML_FALLBACK;
  return new DocumentError(`YAMLの書き方に誤りがあるため、このファイルを読み取れませんでした${where}。${explanation}`);
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
