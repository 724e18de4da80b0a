/**
 * The 運営日のお知らせ files calendars attach live in content/documents: content like the rest,
 * published only when a calendar names them. Each must be there, a plain file, and what its
 * name says; the page states its type and size, so the size is read here.
 */
import { closeSync, lstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { DAYS_DOCUMENT_FOLDER } from '../../schema/calendar';
import { imageTypeOf } from './imageUpload';
import type { ContentProblem } from './problems';
import type { SiteContent } from './types';

const FIELD = { field: 'daysDocument', fieldLabel: '運営日のお知らせ(PDF・画像)' };

/** The file in content/ behind a path on the site such as /documents/puchi-2026-10.pdf. */
export function daysDocumentFile(root: string, href: string): string {
  return path.join(root, DAYS_DOCUMENT_FOLDER, path.posix.basename(href));
}

function firstBytes(file: string): Uint8Array {
  const bytes = new Uint8Array(16);
  const descriptor = openSync(file, 'r');
  try {
    readSync(descriptor, bytes, 0, bytes.length, 0);
  } finally {
    closeSync(descriptor);
  }
  return bytes;
}

/** Whether the file's first bytes are the type its extension names. */
function isWhatItsNameSays(file: string): boolean {
  const bytes = firstBytes(file);
  const extension = path.extname(file).slice(1);
  if (extension === 'pdf') return new TextDecoder().decode(bytes.subarray(0, 5)) === '%PDF-';
  return imageTypeOf(bytes) === extension;
}

function problemWith(root: string, href: string): string | undefined {
  const file = daysDocumentFile(root, href);
  const shown = `${DAYS_DOCUMENT_FOLDER}/${path.basename(file)}`;
  const again = '管理画面でこの月のカレンダーを開き、お知らせのファイルを添付し直してください。';
  let stat: ReturnType<typeof lstatSync>;
  try {
    stat = lstatSync(file);
  } catch {
    return `添付されたファイル(${shown})が見つかりません。${again}`;
  }
  if (!stat.isFile()) return `添付されたファイル(${shown})が普通のファイルではありません。${again}`;
  if (!isWhatItsNameSays(file))
    return `添付されたファイル(${shown})の中身が、名前の示す種類(${path.extname(file).slice(1).toUpperCase()})ではありません。${again}`;
  return undefined;
}

type Months = SiteContent['months'];

/** Every attached document that is missing, not a plain file, or not what its name says. */
export function daysDocumentProblems(root: string, months: Months): ContentProblem[] {
  return months.flatMap((month) => {
    const problem = month.data.daysDocument && problemWith(root, month.data.daysDocument);
    return problem ? [{ file: month.file, ...FIELD, message: problem }] : [];
  });
}

/** Each sound attached document's size in bytes, by its path on the site. */
export function daysDocumentBytes(root: string, months: Months): Map<string, number> {
  const bytes = new Map<string, number>();
  for (const { data } of months) {
    if (data.daysDocument && !problemWith(root, data.daysDocument))
      bytes.set(data.daysDocument, lstatSync(daysDocumentFile(root, data.daysDocument)).size);
  }
  return bytes;
}
