import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks, htmlPages } from './support/linkCheck';

const root = mkdtempSync(path.join(tmpdir(), 'kyosei-links-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function page(file: string, body: string) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), `<!doctype html><html lang="ja"><body>${body}</body></html>`);
}

describe('checkLinks', () => {
  it('finds missing files and missing #fragments, and counts what it checked', () => {
    page(
      'index.html',
      '<main id="main"><a href="/hubs/">ok</a><a href="/hubs/#list">ok</a><a href="/gone/">x</a></main>',
    );
    page('hubs/index.html', '<ul id="list"></ul><a href="/#nowhere">x</a><a href="https://example.com/">ext</a>');
    page('admin/index.html', '<a href="/">cms</a>');
    page('404.html', '<a href="https://site.example/hubs/">abs</a><a href="tel:0798000000">tel</a>');
    const report = checkLinks(root, 'https://site.example');
    expect(report.broken).toEqual([
      { page: '/', url: '/gone/', problem: 'ファイルがありません' },
      { page: '/hubs/', url: '/#nowhere', problem: '#nowhere がありません' },
    ]);
    expect(report.checked).toBe(6);
    expect(report.fragments).toBe(2);
    expect(report.external).toBe(1);
    expect(htmlPages(root)).toEqual(['/', '/404.html', '/hubs/']);
  });
});
