import { decapServerUrl } from '../lib/site/localBackend';

/**
 * Security headers for static hosts that read a `_headers` file (Cloudflare Pages, Netlify).
 * Public pages allow no inline script at all; the CMS needs eval (gray-matter) and inline
 * styles (its CSS-in-JS), so it gets its own, looser policy on /admin/ only.
 *
 * Hosts send every matching block of `_headers` (Cloudflare joins a header set twice, Netlify
 * keeps the later one), so /admin/ gets the site-wide block too. That block therefore carries
 * only what both policies say; each public page carries the rest of its policy as a <meta>.
 */

type Policy = Record<string, string[]>;

/** What every page's policy says, public or CMS: the site-wide header, harmless to /admin/. */
const EVERY_PAGE: Policy = {
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  // Only a header can say it (a <meta> cannot): no other site may frame a page of this one.
  'frame-ancestors': ["'none'"],
};

const PUBLIC_POLICY: Policy = {
  'default-src': ["'self'"],
  // Pagefind runs its index through WebAssembly.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'form-action': ["'self'"],
  ...EVERY_PAGE,
};

/** `localBackend`: decap-server's address, for a build that edits content on this machine. */
function adminPolicy(localBackend: string | undefined): Policy {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-eval'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', 'https:'],
    'font-src': ["'self'", 'data:'],
    // The git backend's API. blob: is a photo just picked, which Decap reads back to keep it in
    // the unsaved draft.
    'connect-src': [
      "'self'",
      'blob:',
      'https://api.github.com',
      'https://github.com',
      ...(localBackend ? [new URL(localBackend).origin] : []),
    ],
    'frame-src': ["'self'"],
    'form-action': ["'self'", 'https://github.com'],
    ...EVERY_PAGE,
  };
}

/**
 * decap-server's address when the build edits content on this machine (no DECAP_BACKEND_REPO:
 * README "Environment"), undefined for a deployed CMS, whose policy then allows no local address.
 */
export function localBackendUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  if (env.DECAP_BACKEND_REPO) return undefined;
  return env.DECAP_LOCAL_BACKEND_URL || decapServerUrl(env.DECAP_PORT || undefined);
}

function serialise(policy: Policy, omit: readonly string[] = []): string {
  return Object.entries(policy)
    .filter(([directive]) => !omit.includes(directive))
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

/** The public policy as a <meta> can carry it (frame-ancestors only works as a header). */
export const PUBLIC_CSP_META = serialise(PUBLIC_POLICY, ['frame-ancestors']);
export const SITE_WIDE_CSP = serialise(EVERY_PAGE);
export function adminCsp(env: Record<string, string | undefined> = process.env): string {
  return serialise(adminPolicy(localBackendUrl(env)));
}
export function adminCspMeta(env: Record<string, string | undefined> = process.env): string {
  return serialise(adminPolicy(localBackendUrl(env)), ['frame-ancestors']);
}

const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  // Browsers keep to https for a year once they have seen the site over https (ignored on http).
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
};

export interface HeaderRule {
  /** A `_headers` path: literal, with `*` matching any run of characters, slashes included. */
  path: string;
  headers: Readonly<Record<string, string>>;
}

/**
 * The one table of response headers: `headersFile()` writes it as `_headers` for the host, and
 * the test server reads that file back and applies it the way the hosts do (`headersFor`).
 */
export function headerRules(env: Record<string, string | undefined> = process.env): HeaderRule[] {
  return [
    { path: '/*', headers: { ...COMMON_HEADERS, 'Content-Security-Policy': SITE_WIDE_CSP } },
    { path: '/admin/*', headers: { 'Content-Security-Policy': adminCsp(env), 'X-Robots-Tag': 'noindex' } },
    // Calendar clients and web apps on other origins may read the feeds.
    {
      path: '/*.ics',
      headers: {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Access-Control-Allow-Origin': '*',
        'Cache-Control': FRESH_DAILY,
      },
    },
    // Pages change every day ("today", open now): a short cache, then ask again.
    ...['/', '/*/'].map((path) => ({ path, headers: { 'Cache-Control': FRESH_DAILY } })),
    // Files whose name carries a hash of their content never change under that name.
    ...HASHED_PATHS.map((path) => ({ path, headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } })),
  ];
}

/** Pages and feeds: kept five minutes, then checked again (the build runs at least daily). */
const FRESH_DAILY = 'public, max-age=300, must-revalidate';

/**
 * Astro's bundles and Pagefind's index, fragments, filters and metadata are named by their
 * content's hash; Pagefind's entry files (pagefind.js, pagefind-entry.json) are not. No rule here
 * may match a path another Cache-Control rule matches: hosts join repeated headers.
 */
export const HASHED_PATHS = [
  '/_astro/*',
  '/pagefind/fragment/*',
  '/pagefind/index/*',
  '/pagefind/filter/*',
  '/pagefind/*.pf_meta',
] as const;

/** `_headers` text. */
export function headersFile(rules: readonly HeaderRule[] = headerRules()): string {
  return [
    ...rules.flatMap((rule) => [
      rule.path,
      ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`),
    ]),
    '',
  ].join('\n');
}

/** `_headers` text read back into rules, as a host reads the file. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { path: string; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    if (!line.startsWith(' ')) {
      rules.push({ path: line, headers: {} });
      continue;
    }
    const body = line.trim();
    const colon = body.indexOf(':');
    const rule = rules.at(-1);
    if (rule && colon > 0) rule.headers[body.slice(0, colon)] = body.slice(colon + 1).trim();
  }
  return rules;
}

function pathPattern(rulePath: string): RegExp {
  const literal = rulePath.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${literal.join('.*')}$`);
}

/**
 * The headers a path gets under the rules, as Cloudflare Pages applies `_headers`: every matching
 * rule in order; a header set twice has its values joined with a comma (for a CSP: two policies,
 * both enforced).
 */
export function headersFor(pathname: string, rules: readonly HeaderRule[]): Record<string, string> {
  const headers = new Map<string, { name: string; value: string }>();
  for (const rule of rules) {
    if (!pathPattern(rule.path).test(pathname)) continue;
    for (const [name, value] of Object.entries(rule.headers)) {
      const earlier = headers.get(name.toLowerCase());
      headers.set(name.toLowerCase(), { name, value: earlier ? `${earlier.value}, ${value}` : value });
    }
  }
  return Object.fromEntries([...headers.values()].map(({ name, value }) => [name, value]));
}
