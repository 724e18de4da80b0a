import { describe, expect, it } from 'vitest';
import { ADMIN_CSP, headersFile, headersFor, PUBLIC_CSP, PUBLIC_CSP_META } from './headerRules';

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
    expect(headersFor('/hubs/')['Content-Security-Policy']).toBe(PUBLIC_CSP);
    expect(ADMIN_CSP).toContain("frame-ancestors 'none'");
  });

  it('sends nosniff and a referrer policy everywhere', () => {
    for (const pathname of ['/', '/admin/', '/hubs/all.ics']) {
      expect(headersFor(pathname)['X-Content-Type-Options']).toBe('nosniff');
      expect(headersFor(pathname)['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    }
  });
});
