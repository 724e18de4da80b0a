import { describe, expect, it } from 'vitest';
import {
  ADMIN_CSP,
  HEADER_RULES,
  type HeaderRule,
  headersFile,
  headersFor,
  PUBLIC_CSP,
  PUBLIC_CSP_META,
} from './headerRules';

/** Reads `_headers` text back into rules: what a host would see in the file. */
function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    if (!line.startsWith('  ')) {
      rules.push({ path: line, headers: {} });
      continue;
    }
    const rule = rules.at(-1) as { path: string; detach?: string[]; headers: Record<string, string> };
    const body = line.trim();
    if (body.startsWith('! ')) rule.detach = [...(rule.detach ?? []), body.slice(2)];
    else {
      const colon = body.indexOf(': ');
      rule.headers[body.slice(0, colon)] = body.slice(colon + 2);
    }
  }
  return rules;
}

describe('security headers', () => {
  it('allows no inline script on public pages', () => {
    const scriptSources = PUBLIC_CSP.match(/script-src ([^;]+)/)?.[1] ?? '';
    expect(scriptSources).not.toContain("'unsafe-inline'");
    expect(scriptSources).not.toContain("'unsafe-eval'");
    expect(PUBLIC_CSP).toContain("frame-ancestors 'none'");
    expect(PUBLIC_CSP).toContain("object-src 'none'");
  });

  it('keeps frame-ancestors out of the meta variant, where browsers ignore it', () => {
    expect(PUBLIC_CSP_META).not.toContain('frame-ancestors');
    expect(PUBLIC_CSP_META).toContain("script-src 'self'");
  });

  it('gives /admin/ its own policy and detaches the public one there', () => {
    const file = headersFile();
    expect(file).toMatch(/^\/admin\/\*\n {2}! Content-Security-Policy\n {2}Content-Security-Policy: /m);
    expect(headersFor('/admin/')['Content-Security-Policy']).toBe(ADMIN_CSP);
    expect(headersFor('/admin/config.yml')['Content-Security-Policy']).toBe(ADMIN_CSP);
    expect(headersFor('/hubs/')['Content-Security-Policy']).toBe(PUBLIC_CSP);
    expect(ADMIN_CSP).toContain("frame-ancestors 'none'");
  });

  it('sends nosniff and a referrer policy everywhere', () => {
    for (const pathname of ['/', '/admin/', '/hubs/all.ics']) {
      expect(headersFor(pathname)['X-Content-Type-Options']).toBe('nosniff');
      expect(headersFor(pathname)['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    }
  });

  it('keeps /admin/ out of search engines, and only /admin/', () => {
    expect(headersFor('/admin/')['X-Robots-Tag']).toBe('noindex');
    expect(headersFor('/admin/index.html')['X-Robots-Tag']).toBe('noindex');
    for (const pathname of ['/', '/hubs/', '/administration/', '/hubs/all.ics']) {
      expect(headersFor(pathname)['X-Robots-Tag'], pathname).toBeUndefined();
    }
  });

  it('serves every .ics feed as a calendar that other origins may read, and nothing else', () => {
    for (const pathname of ['/hubs/all.ics', '/hubs/machi-cafe-nagomi/calendar.ics']) {
      expect(headersFor(pathname)).toMatchObject({
        'Content-Type': 'text/calendar; charset=utf-8',
        'Access-Control-Allow-Origin': '*',
      });
    }
    for (const pathname of ['/hubs/', '/hubs/allxics', '/hubs/all.ics.html', '/opendata/hubs.csv']) {
      expect(headersFor(pathname)['Access-Control-Allow-Origin'], pathname).toBeUndefined();
      expect(headersFor(pathname)['Content-Type'], pathname).toBeUndefined();
    }
  });

  it('writes _headers from the same table headersFor reads', () => {
    expect(parseHeadersFile(headersFile())).toEqual(
      HEADER_RULES.map((rule) => ({ ...rule, headers: { ...rule.headers } })),
    );
    expect(headersFile().endsWith('\n')).toBe(true);
  });

  it('applies rules as the host does: in order, detaching, joining a header set twice', () => {
    const rules: HeaderRule[] = [
      { path: '/*', headers: { 'Cache-Control': 'public', 'X-Frame-Options': 'DENY' } },
      { path: '/feeds/*', detach: ['X-Frame-Options'], headers: { 'cache-control': 'max-age=3600' } },
    ];
    expect(headersFor('/feeds/a.ics', rules)).toEqual({ 'cache-control': 'public, max-age=3600' });
    expect(headersFor('/other', rules)).toEqual({ 'Cache-Control': 'public', 'X-Frame-Options': 'DENY' });
  });
});
