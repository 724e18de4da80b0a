import { describe, expect, it } from 'vitest';
import { removedHtml, renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders Markdown and keeps safe HTML', () => {
    expect(renderMarkdown('## 見出し\n\n- 工事費\n- <strong>備品</strong>購入費')).toBe(
      '<h2>見出し</h2>\n<ul>\n<li>工事費</li>\n<li><strong>備品</strong>購入費</li>\n</ul>\n',
    );
  });

  it('turns a staff-written h1 into an h2, since the page title is the h1', () => {
    expect(renderMarkdown('# 大見出し')).toBe('<h2>大見出し</h2>\n');
  });

  it.each([
    ['<script>alert(1)</script>本文', '本文'],
    ['<img src=x onerror=alert(1)>', ''],
    ['<a href="javascript:alert(1)">x</a>', '<p><a>x</a></p>'],
    ['[x](javascript:alert(1))', '<p>[x](javascript:alert(1))</p>'],
    [
      '<a href="https://www.city.nishinomiya.lg.jp/" onclick="x()">市</a>',
      '<p><a href="https://www.city.nishinomiya.lg.jp/">市</a></p>',
    ],
    ['<iframe src="https://example.com"></iframe>', ''],
  ])('drops what could run: %s', (source, expected) => {
    expect(renderMarkdown(source).trim()).toBe(expected);
  });
});

describe('removedHtml', () => {
  it('names each element, attribute and link target renderMarkdown leaves out', () => {
    expect(
      removedHtml(
        '<iframe src="https://example.com/map"></iframe>\n\n<p style="color:red">赤</p> <a href="javascript:x()">x</a>\n\n![写真](a.png)',
      ),
    ).toEqual([
      '<iframe> は表示されません。',
      '<p> の「style」の指定は取り除かれます。',
      'リンク先「javascript:x()」は使えないため、リンクになりません。',
      '<img> は表示されません。',
    ]);
  });

  it('is empty for Markdown and allowed HTML', () => {
    expect(removedHtml('## 見出し\n\n- <strong>備品</strong>\n\n[市](https://www.city.nishinomiya.lg.jp/)')).toEqual(
      [],
    );
  });
});
