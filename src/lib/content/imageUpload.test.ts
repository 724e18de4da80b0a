import { describe, expect, it } from 'vitest';
import { checkDocumentUpload, checkImageUpload, imageTypeOf } from './imageUpload';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const WEBP = new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 ');
const EXE = new TextEncoder().encode('MZ\x90\0\x03\0\0\0');
const PDF = new TextEncoder().encode('%PDF-1.7\n');
const TODAY = '2026-12-01';

describe('photos staff add', () => {
  it('knows a photo by its bytes, not its name', () => {
    expect(imageTypeOf(PNG)).toBe('png');
    expect(imageTypeOf(JPEG)).toBe('jpg');
    expect(imageTypeOf(WEBP)).toBe('webp');
    expect(imageTypeOf(new TextEncoder().encode('GIF89a'))).toBe('gif');
    expect(imageTypeOf(EXE)).toBeUndefined();
    expect(imageTypeOf(new Uint8Array())).toBeUndefined();
  });

  it('names a photo with a Japanese name safely: never a dotfile, and two photos never share a name', () => {
    const first = checkImageUpload('交流スペース.png', PNG, TODAY);
    const second = checkImageUpload('外観.png', PNG, TODAY);
    expect(first).toMatchObject({ ok: true, type: 'png' });
    expect(first.ok && first.name).toMatch(/^photo-20261201-[0-9a-f]{8}\.png$/);
    expect(second.ok && second.name).toMatch(/^photo-20261201-[0-9a-f]{8}\.png$/);
    expect(first.ok && second.ok && first.name !== second.name).toBe(true);
    const same = checkImageUpload('交流スペース.png', Uint8Array.from([...PNG, 1]), TODAY);
    expect(same.ok && first.ok && same.name !== first.name).toBe(true);
  });

  it('keeps a plain name, with the extension of what the file really is', () => {
    expect(checkImageUpload('IMG_0012.JPG', JPEG, TODAY)).toEqual({ ok: true, name: 'img_0012.jpg', type: 'jpg' });
    expect(checkImageUpload('outside.png', JPEG, TODAY)).toEqual({ ok: true, name: 'outside.jpg', type: 'jpg' });
    expect(checkImageUpload('.png', PNG, TODAY)).toMatchObject({ ok: true, name: expect.stringMatching(/^photo-/) });
  });

  it('refuses what is not a photo, or too large, in Japanese', () => {
    expect(checkImageUpload('案内.pdf', PDF, TODAY)).toEqual({
      ok: false,
      message:
        '「案内.pdf」は写真(JPEG・PNG・WebP・GIF)のファイルではないため、追加できません。写真のファイルを選んでください。',
    });
    expect(checkImageUpload('photo.png', EXE, TODAY)).toMatchObject({ ok: false });
    const large = new Uint8Array(5 * 1024 * 1024 + 1);
    large.set(PNG);
    expect(checkImageUpload('大きい.png', large, TODAY)).toEqual({
      ok: false,
      message:
        '「大きい.png」は 5.0 MB あり、大きすぎるため追加できません。写真は 5 MB 以下にしてください(縮小してから選ぶと追加できます)。',
    });
    expect(checkImageUpload('ok.png', large.subarray(0, 5 * 1024 * 1024), TODAY)).toMatchObject({ ok: true });
  });
});

describe('checkDocumentUpload (a month’s 運営日のお知らせ)', () => {
  it('takes a PDF or an image under a safe name, refusing anything else in Japanese', () => {
    expect(checkDocumentUpload('10月の運営日.pdf', PDF, TODAY)).toMatchObject({
      ok: true,
      name: expect.stringMatching(/^notice-\d{8}-[0-9a-f]{8}\.pdf$/),
      type: 'pdf',
    });
    expect(checkDocumentUpload('puchi-2026-10.PDF', PDF, TODAY)).toEqual({
      ok: true,
      name: 'puchi-2026-10.pdf',
      type: 'pdf',
    });
    expect(checkDocumentUpload('scan.png', PNG, TODAY)).toMatchObject({ ok: true, type: 'png' });
    expect(checkDocumentUpload('案内.pdf', EXE, TODAY)).toEqual({
      ok: false,
      message:
        '「案内.pdf」は PDF か画像(PNG・JPEG・WebP)のファイルではないため、追加できません。お知らせの PDF か画像を選んでください。',
    });
  });
});
