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
  // (any port: DECAP_PORT and the tests choose their own). blob: is a photo just picked, which
  // Decap reads back to keep it in the unsaved draft.
  'connect-src': [
    "'self'",
    'blob:',
    'https://api.github.com',
    'https://github.com',
    'http://localhost:*',
    'http://127.0.0.1:*',
  ],
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

export interface HeaderRule {
  /** A `_headers` path: literal, with `*` matching any run of characters, slashes included. */
  path: string;
  /** Headers set by earlier rules that this path must not get (`! Name`). */
  detach?: readonly string[];
  headers: Readonly<Record<string, string>>;
}

/**
 * The one table of response headers: `headersFile()` writes it as `_headers` for the host, and
 * `headersFor()` applies it the way the host does, for the test server and the tests.
 */
export const HEADER_RULES: readonly HeaderRule[] = [
  { path: '/*', headers: { ...COMMON_HEADERS, 'Content-Security-Policy': PUBLIC_CSP } },
  {
    path: '/admin/*',
    detach: ['Content-Security-Policy'],
    headers: { 'Content-Security-Policy': ADMIN_CSP, 'X-Robots-Tag': 'noindex' },
  },
  // Calendar clients and web apps on other origins may read the feeds.
  { path: '/*.ics', headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Access-Control-Allow-Origin': '*' } },
];

/** `_headers` text. `! Header` detaches an earlier rule's value (Cloudflare Pages syntax). */
export function headersFile(rules: readonly HeaderRule[] = HEADER_RULES): string {
  return [
    ...rules.flatMap((rule) => [
      rule.path,
      ...(rule.detach ?? []).map((name) => `  ! ${name}`),
      ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`),
    ]),
    '',
  ].join('\n');
}

function pathPattern(rulePath: string): RegExp {
  const literal = rulePath.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${literal.join('.*')}$`);
}

/**
 * The headers a path gets under the rules, as Cloudflare Pages applies `_headers`: every matching
 * rule in order; `! Name` removes what earlier rules set; a header set twice has its values joined
 * with a comma.
 */
export function headersFor(pathname: string, rules: readonly HeaderRule[] = HEADER_RULES): Record<string, string> {
  const headers = new Map<string, { name: string; value: string }>();
  for (const rule of rules) {
    if (!pathPattern(rule.path).test(pathname)) continue;
    for (const name of rule.detach ?? []) headers.delete(name.toLowerCase());
    for (const [name, value] of Object.entries(rule.headers)) {
      const earlier = headers.get(name.toLowerCase());
      headers.set(name.toLowerCase(), { name, value: earlier ? `${earlier.value}, ${value}` : value });
    }
  }
  return Object.fromEntries([...headers.values()].map(({ name, value }) => [name, value]));
}
