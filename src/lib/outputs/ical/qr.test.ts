import { describe, expect, it } from 'vitest';
import { qrCodeSvg } from './qr';

describe('qrCodeSvg', () => {
  it('makes the same standalone SVG file every time, one per address', async () => {
    const svg = await qrCodeSvg('webcal://example.jp/hubs/a/calendar.ics');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" [^>]*viewBox="0 0 (\d+) \1"/);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(await qrCodeSvg('webcal://example.jp/hubs/a/calendar.ics')).toBe(svg);
    expect(await qrCodeSvg('webcal://example.jp/hubs/b/calendar.ics')).not.toBe(svg);
  });
});
