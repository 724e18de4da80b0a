import { describe, expect, it } from 'vitest';
import { loginLogoSvg } from './loginLogo';

describe('the CMS login picture', () => {
  it('writes the city and the site name as text', () => {
    const svg = loginLogoSvg({ siteTitle: '西宮市 共生型地域交流拠点', municipality: '西宮市' });
    expect(svg).toContain('>西宮市</text>');
    expect(svg).toContain('>共生型地域交流拠点</text>');
    expect(svg).toContain('<title>西宮市 共生型地域交流拠点 管理画面</title>');
  });

  it('keeps a title that does not start with the city whole', () => {
    expect(loginLogoSvg({ siteTitle: '地域の居場所', municipality: '西宮市' })).toContain('>地域の居場所</text>');
  });

  it('escapes the settings, so a title cannot break or script the picture', () => {
    const svg = loginLogoSvg({ siteTitle: '<script>alert(1)</script>&"拠点"', municipality: "西宮'市" });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&#60;script&#62;alert(1)&#60;/script&#62;&#38;&#34;拠点&#34;');
    expect(svg).toContain('aria-label="西宮&#39;市 &#60;script&#62;');
  });

  it('shrinks a long title to fit the picture', () => {
    const long = loginLogoSvg({ siteTitle: 'あ'.repeat(28), municipality: '西宮市' });
    const size = Number(/font-size="(\d+)" font-weight="bold"/.exec(long)?.[1]);
    expect(size * 28).toBeLessThanOrEqual(280);
  });
});
