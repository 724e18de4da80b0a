import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { type ContentProblem, fileProblem } from './problems';
import { textProblem } from './textRules';

/**
 * Which files of a content folder are content. Nothing is dropped in silence: a file the site
 * would not read (new-hub.MD, a folder named x.md, a stray file) is a problem staff are told
 * about, and a link is followed only when it stays inside the content root. Content is what is
 * inside content/: a link to a file elsewhere would publish that file.
 */

/** A file as messages name it: relative to the working directory when inside it, else absolute. */
export function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join('/');
}

function inside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

const OUTSIDE =
  'content フォルダの外を指すリンクです。サイトに載せるファイルは、リンクではなく content フォルダの中に置いてください。';
const DANGLING = 'リンク先のファイルが見つかりません。リンクを削除するか、ファイルを置き直してください。';

/** Where a path really is, or the problem with following it. */
function followed(rootReal: string, absolute: string): { real: string } | { problem: string } {
  if (!lstatSync(absolute).isSymbolicLink()) return { real: absolute };
  let real: string;
  try {
    real = realpathSync(absolute);
  } catch {
    return { problem: DANGLING };
  }
  return inside(rootReal, real) ? { real } : { problem: OUTSIDE };
}

/**
 * The content files of one collection folder. `accepts` names the files the collection reads
 * (by extension, or one file name); every other entry that is not hidden is reported.
 */
export function listCollection(
  root: string,
  dir: string,
  accepts: { extensions: readonly string[] } | { name: string },
): { files: string[]; problems: ContentProblem[] } {
  const files: string[] = [];
  const problems: ContentProblem[] = [];
  const absoluteDir = path.join(root, dir);
  if (!existsSync(absoluteDir)) {
    let dangling = false;
    try {
      dangling = lstatSync(absoluteDir).isSymbolicLink();
    } catch {}
    return { files, problems: dangling ? [fileProblem(displayPath(absoluteDir), DANGLING)] : [] };
  }
  const rootReal = realpathSync(root);
  const folder = followed(rootReal, absoluteDir);
  if ('problem' in folder) return { files, problems: [fileProblem(displayPath(absoluteDir), folder.problem)] };
  const wanted =
    'name' in accepts
      ? `「${accepts.name}」という名前のファイル`
      : `${accepts.extensions.map((extension) => `「${extension}」`).join('か')}で終わるファイル`;
  for (const name of readdirSync(absoluteDir).sort()) {
    if (name.startsWith('.')) continue;
    const absolute = path.join(absoluteDir, name);
    const file = displayPath(absolute);
    const target = followed(rootReal, absolute);
    const badName = textProblem(name, { lines: false });
    if (badName) {
      problems.push(
        fileProblem(file, `ファイル名に問題があります。${badName.replace('入力し直して', 'ファイル名を付け直して')}`),
      );
      continue;
    }
    if ('problem' in target) {
      problems.push(fileProblem(file, target.problem));
      continue;
    }
    const extension = path.extname(name);
    const reads = 'name' in accepts ? name === accepts.name : accepts.extensions.includes(extension);
    const stat = statSync(target.real);
    if (stat.isDirectory()) {
      problems.push(
        fileProblem(
          file,
          `フォルダは読み込みません。中のファイルを ${displayPath(absoluteDir)} に直接置くか、フォルダの名前を変えてください。`,
        ),
      );
    } else if (!stat.isFile()) {
      problems.push(fileProblem(file, 'ふつうのファイルではないため読み込めません。削除してください。'));
    } else if (reads) {
      files.push(absolute);
    } else {
      const lowerCase =
        'name' in accepts ? name.toLowerCase() === accepts.name : accepts.extensions.includes(extension.toLowerCase());
      problems.push(
        fileProblem(
          file,
          lowerCase
            ? `ファイル名の大文字と小文字が違うため読み込めません。${wanted}になるよう、ファイル名を小文字に直してください。`
            : `このフォルダで読み込むのは${wanted}だけです。ファイル名を直すか、ファイルを別の場所に移してください。`,
        ),
      );
    }
  }
  return { files, problems };
}
