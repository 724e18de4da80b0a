import { describe, expect, it } from 'vitest';
import { qrCodeSvg } from './qr';

describe('qrCodeSvg', () => {
  it('makes the same labelled SVG every time', async () => {
    const svg = await qrCodeSvg('webcal://example.jp/hubs/a/calendar.ics', 'カレンダー登録用のQRコード("A"&B)');
    expect(svg).toMatch(/^<svg role="img" aria-label="カレンダー登録用のQRコード\(&#34;A&#34;&#38;B\)" /);
    expect(svg).toContain('<title>カレンダー登録用のQRコード(&#34;A&#34;&#38;B)</title>');
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(await qrCodeSvg('webcal://example.jp/hubs/a/calendar.ics', 'カレンダー登録用のQRコード("A"&B)')).toBe(svg);
  });
});
