import { describe, expect, it } from 'vitest';
import {
  adminCsp,
  adminCspMeta,
  type HeaderRule,
  headerRules,
  headersFile,
  headersFor,
  localBackendUrl,
  PUBLIC_CSP_META,
  parseHeadersFile,
  SITE_WIDE_CSP,
} from './headerRules';

const DEPLOYED = { DECAP_BACKEND_REPO: 'nishinomiya/kyosei-site' };
const LOCAL = {};

/** A policy's directives by name. */
function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources.join(' ')];
    }),
  );
}

describe('security headers', () => {
  it('allows no inline script on public pages, in the <meta> every page carries', () => {
    const scriptSources = directives(PUBLIC_CSP_META).get('script-src') ?? '';
    expect(scriptSources).not.toContain("'unsafe-inline'");
    expect(scriptSources).not.toContain("'unsafe-eval'");
    expect(PUBLIC_CSP_META).toContain("object-src 'none'");
  });

  it('keeps frame-ancestors out of the meta variants, where browsers ignore it, and in the header', () => {
    expect(PUBLIC_CSP_META).not.toContain('frame-ancestors');
    expect(adminCspMeta(DEPLOYED)).not.toContain('frame-ancestors');
    expect(headersFor('/', headerRules(DEPLOYED))['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  });

  it('sends a site-wide policy that the CMS policy says word for word, so /admin/ runs under both', () => {
    const admin = directives(adminCsp(DEPLOYED));
    const siteWide = directives(SITE_WIDE_CSP);
    expect(siteWide.get('frame-ancestors')).toBe("'none'");
    for (const [name, sources] of siteWide) expect(admin.get(name), name).toBe(sources);
    // No fetch directive, not even default-src: the CMS's eval and inline styles would be refused.
    expect([...siteWide.keys()].sort()).toEqual(['base-uri', 'frame-ancestors', 'object-src']);
    // A host that joins both blocks (Cloudflare) sends two policies; one that keeps the later (Netlify) sends the CMS's.
    expect(headersFor('/admin/', headerRules(DEPLOYED))['Content-Security-Policy']).toBe(
      `${SITE_WIDE_CSP}, ${adminCsp(DEPLOYED)}`,
    );
  });

  it('lets only a local build talk to decap-server, at its own address only', () => {
    for (const policy of [adminCsp(DEPLOYED), adminCspMeta(DEPLOYED)]) {
      expect(policy).not.toMatch(/localhost|127\.0\.0\.1/);
      expect(directives(policy).get('connect-src')).toBe("'self' blob: https://api.github.com https://github.com");
    }
    expect(directives(adminCsp(LOCAL)).get('connect-src')).toContain(' http://127.0.0.1:8081');
    expect(directives(adminCsp({ DECAP_PORT: '9000' })).get('connect-src')).toContain(' http://127.0.0.1:9000');
    const tests = { DECAP_LOCAL_BACKEND_URL: 'http://127.0.0.1:40123/api/v1' };
    expect(localBackendUrl(tests)).toBe('http://127.0.0.1:40123/api/v1');
    expect(directives(adminCsp(tests)).get('connect-src')).toMatch(/ http:\/\/127\.0\.0\.1:40123$/);
    expect(adminCsp(LOCAL)).not.toContain(':*');
  });

  it('sends HSTS, nosniff and a referrer policy everywhere', () => {
    for (const pathname of ['/', '/admin/', '/hubs/all.ics']) {
      const headers = headersFor(pathname, headerRules(DEPLOYED));
      expect(headers['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains');
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
      expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    }
  });

  it('keeps /admin/ out of search engines, and only /admin/', () => {
    const rules = headerRules(DEPLOYED);
    expect(headersFor('/admin/', rules)['X-Robots-Tag']).toBe('noindex');
    expect(headersFor('/admin/index.html', rules)['X-Robots-Tag']).toBe('noindex');
    for (const pathname of ['/', '/hubs/', '/administration/', '/hubs/all.ics']) {
      expect(headersFor(pathname, rules)['X-Robots-Tag'], pathname).toBeUndefined();
    }
  });

  it('serves every .ics feed as a calendar that other origins may read, and nothing else', () => {
    const rules = headerRules(DEPLOYED);
    for (const pathname of ['/hubs/all.ics', '/hubs/machi-cafe-nagomi/calendar.ics']) {
      expect(headersFor(pathname, rules)).toMatchObject({
        'Content-Type': 'text/calendar; charset=utf-8',
        'Access-Control-Allow-Origin': '*',
      });
    }
    for (const pathname of ['/hubs/', '/hubs/allxics', '/hubs/all.ics.html', '/opendata/hubs.csv']) {
      expect(headersFor(pathname, rules)['Access-Control-Allow-Origin'], pathname).toBeUndefined();
      expect(headersFor(pathname, rules)['Content-Type'], pathname).toBeUndefined();
    }
  });

  it('writes _headers that reads back as the same table, with no host-specific syntax', () => {
    const rules = headerRules(DEPLOYED);
    expect(parseHeadersFile(headersFile(rules))).toEqual(rules);
    expect(headersFile(rules).endsWith('\n')).toBe(true);
    expect(headersFile(rules)).not.toMatch(/^\s*!/m);
  });

  it('applies rules as the host does: every matching block in order, joining a header set twice', () => {
    const rules: HeaderRule[] = [
      { path: '/*', headers: { 'Cache-Control': 'public', 'X-Frame-Options': 'DENY' } },
      { path: '/feeds/*', headers: { 'cache-control': 'max-age=3600' } },
    ];
    expect(headersFor('/feeds/a.ics', rules)).toEqual({
      'cache-control': 'public, max-age=3600',
      'X-Frame-Options': 'DENY',
    });
    expect(headersFor('/other', rules)).toEqual({ 'Cache-Control': 'public', 'X-Frame-Options': 'DENY' });
  });
});

describe('cache headers', () => {
  const cacheOf = (pathname: string) => headersFor(pathname, headerRules(DEPLOYED))['Cache-Control'];

  it('keeps files named by their content’s hash for a year, and pages and feeds five minutes', () => {
    for (const hashed of [
      '/_astro/HubView.B1x2c3.css',
      '/pagefind/fragment/ja_4c1e2a.pf_fragment',
      '/pagefind/index/ja_9d8e7f.pf_index',
      '/pagefind/filter/ja_0a1b2c.pf_filter',
      '/pagefind/pagefind.ja_761edbf3bf.pf_meta',
    ]) {
      expect(cacheOf(hashed), hashed).toBe('public, max-age=31536000, immutable');
    }
    for (const fresh of ['/', '/hubs/', '/hubs/machi-cafe-nagomi/', '/admin/', '/hubs/all.ics']) {
      expect(cacheOf(fresh), fresh).toBe('public, max-age=300, must-revalidate');
    }
  });

  it('never marks a file whose name does not change with its content as immutable', () => {
    for (const unhashed of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/favicon.svg', '/build.json']) {
      expect(cacheOf(unhashed) ?? '', unhashed).not.toContain('immutable');
    }
  });
});
