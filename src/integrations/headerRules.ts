/**
 * Security headers for static hosts that read a `_headers` file (Cloudflare Pages, Netlify).
 * Public pages allow no inline script at all; the CMS needs eval (gray-matter) and inline
 * styles (its CSS-in-JS), so it gets its own, looser policy on /admin/ only.
 */

type Policy = Record<string, string[]>;

const PUBLIC_POLICY: Policy = {
  'default-src': ["'self'"],
  // Pagefind runs its index through WebAssembly.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

const ADMIN_POLICY: Policy = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-eval'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:', 'https:'],
  'font-src': ["'self'", 'data:'],
  // The git backend's API and the local decap-server used while editing on this machine
  // (any port: DECAP_PORT and the tests choose their own).
  'connect-src': ["'self'", 'https://api.github.com', 'https://github.com', 'http://localhost:*', 'http://127.0.0.1:*'],
  'frame-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'", 'https://github.com'],
  'frame-ancestors': ["'none'"],
};

function serialise(policy: Policy, omit: readonly string[] = []): string {
  return Object.entries(policy)
    .filter(([directive]) => !omit.includes(directive))
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

/** The public policy as a <meta> can carry it (frame-ancestors only works as a header). */
export const PUBLIC_CSP_META = serialise(PUBLIC_POLICY, ['frame-ancestors']);
export const PUBLIC_CSP = serialise(PUBLIC_POLICY);
export const ADMIN_CSP = serialise(ADMIN_POLICY);
export const ADMIN_CSP_META = serialise(ADMIN_POLICY, ['frame-ancestors']);

const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/** `_headers` text. `! Header` detaches the site-wide value on /admin/ (Cloudflare Pages syntax). */
export function headersFile(): string {
  const lines = (headers: Record<string, string>) =>
    Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return [
    '/*',
    ...lines({ ...COMMON_HEADERS, 'Content-Security-Policy': PUBLIC_CSP }),
    '/admin/*',
    '  ! Content-Security-Policy',
    ...lines({ 'Content-Security-Policy': ADMIN_CSP, 'X-Robots-Tag': 'noindex' }),
    '/*.ics',
    ...lines({ 'Content-Type': 'text/calendar; charset=utf-8', 'Access-Control-Allow-Origin': '*' }),
    '',
  ].join('\n');
}

/** The headers a path gets under `headersFile()`'s rules; used by tests and the preview server. */
export function headersFor(pathname: string): Record<string, string> {
  const headers: Record<string, string> = { ...COMMON_HEADERS };
  headers['Content-Security-Policy'] = pathname.startsWith('/admin/') ? ADMIN_CSP : PUBLIC_CSP;
  if (pathname.endsWith('.ics')) headers['Content-Type'] = 'text/calendar; charset=utf-8';
  return headers;
}
