/**
 * What a photo staff add must be, and the name it is saved under. Decap keeps only ASCII in
 * file names, so 交流スペース.png became the dotfile `.png` and never arrived; photos with
 * such names get a generated name, and files that are not photos are refused with a reason.
 */
import type { DAYS_DOCUMENT_TYPES } from '../../schema/calendar';
import type { PlainDate } from '../../schema/primitives';

export const MAX_IMAGE_MEGABYTES = 5;
const MAX_IMAGE_BYTES = MAX_IMAGE_MEGABYTES * 1024 * 1024;

export type ImageType = 'png' | 'jpg' | 'gif' | 'webp';

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  prefix.every((byte, index) => bytes[at + index] === byte);
const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));

/** The real type of a photo from its first bytes (whatever its name says), or undefined. */
export function imageTypeOf(bytes: Uint8Array): ImageType | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp';
  return undefined;
}

export const IMAGE_MIME_TYPES: Record<ImageType, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};

/** FNV-1a: a short fingerprint, so two different photos picked the same day get different names. */
function fingerprint(parts: readonly Uint8Array[]): string {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    for (const byte of part) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export type UploadCheck<T extends string = ImageType> =
  | { ok: true; name: string; type: T }
  | { ok: false; message: string };

function tooLarge(name: string, bytes: Uint8Array, what: string): UploadCheck<never> | undefined {
  if (bytes.byteLength <= MAX_IMAGE_BYTES) return undefined;
  const megabytes = (bytes.byteLength / 1024 / 1024).toFixed(1);
  return {
    ok: false,
    message: `「${name}」は ${megabytes} MB あり、大きすぎるため追加できません。${what}は ${MAX_IMAGE_MEGABYTES} MB 以下にしてください(縮小してから選ぶと追加できます)。`,
  };
}

/** A plain ASCII name is kept (lower case, the real type's extension); any other becomes `prefix-YYYYMMDD-xxxxxxxx.ext`. */
function safeName(name: string, bytes: Uint8Array, type: string, prefix: string, today: PlainDate): string {
  const stem = name.replace(/\.[^.]*$/, '').toLowerCase();
  if (/^[a-z0-9][a-z0-9_-]{0,60}$/.test(stem)) return `${stem}.${type}`;
  const id = fingerprint([new TextEncoder().encode(name), bytes]);
  return `${prefix}-${today.replaceAll('-', '')}-${id}.${type}`;
}

/** Checks a file picked for a photo: a real photo, not too large, saved under a safe name. */
export function checkImageUpload(name: string, bytes: Uint8Array, today: PlainDate): UploadCheck {
  const large = tooLarge(name, bytes, '写真');
  if (large) return large;
  const type = imageTypeOf(bytes);
  if (!type) {
    return {
      ok: false,
      message: `「${name}」は写真(JPEG・PNG・WebP・GIF)のファイルではないため、追加できません。写真のファイルを選んでください。`,
    };
  }
  return { ok: true, name: safeName(name, bytes, type, 'photo', today), type };
}

export type DocumentType = keyof typeof DAYS_DOCUMENT_TYPES;

/** Checks a file picked for a month's 運営日のお知らせ: a PDF or a PNG, JPEG or WebP image. */
export function checkDocumentUpload(name: string, bytes: Uint8Array, today: PlainDate): UploadCheck<DocumentType> {
  const large = tooLarge(name, bytes, 'お知らせのファイル');
  if (large) return large;
  const image = imageTypeOf(bytes);
  const type = startsWith(bytes, ascii('%PDF-')) ? 'pdf' : image === 'gif' ? undefined : image;
  if (!type) {
    return {
      ok: false,
      message: `「${name}」は PDF か画像(PNG・JPEG・WebP)のファイルではないため、追加できません。お知らせの PDF か画像を選んでください。`,
    };
  }
  return { ok: true, name: safeName(name, bytes, type, 'notice', today), type };
}
