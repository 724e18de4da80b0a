import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { headersFile } from './headerRules';

/** Writes `_headers` for hosts that read it; GitHub Pages ignores it and relies on the pages' CSP meta. */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'kyosei-security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(new URL('_headers', dir), headersFile());
      },
    },
  };
}
